package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.PeriodAccumulator;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import scala.Tuple2;

/**
 * The typed aggregator that merges the partial results of one period: the buffer is a frame
 * holding the accumulator's encoded state ({@code AccumulatorState.toBytes()}); merging restores
 * both sides, merges them and encodes the result. Frames of rejected rows merge their lists. The
 * empty buffer is the zero.
 */
final class StateMerge extends Aggregator<Tuple2<Integer, byte[]>, byte[], byte[]> {

  private static final long serialVersionUID = 1L;
  private static final byte[] ZERO = new byte[0];

  private final JobSpec job;

  StateMerge(JobSpec job) {
    this.job = job;
  }

  @Override
  public byte[] zero() {
    return ZERO;
  }

  @Override
  public byte[] reduce(byte[] buffer, Tuple2<Integer, byte[]> partial) {
    return merge(buffer, partial._2());
  }

  @Override
  public byte[] merge(byte[] a, byte[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    return mergeFrames(job, a, b);
  }

  static byte[] mergeFrames(JobSpec job, byte[] a, byte[] b) {
    int index = JobSpec.index(a);
    if (index == JobSpec.REJECTIONS) {
      int limit = job.rejectionLimit();
      Rejections merged =
          Rejections.fromBytes(a, Integer.BYTES, limit)
              .merge(Rejections.fromBytes(b, Integer.BYTES, limit));
      return JobSpec.frame(index, merged.toBytes());
    }
    Agreement agreement = job.agreement(job.agreementId(index));
    EvaluationOptions options = job.options();
    PeriodAccumulator merged =
        job.restore(index, agreement, options, JobSpec.payload(a))
            .merge(job.restore(index, agreement, options, JobSpec.payload(b)));
    return JobSpec.frame(index, StateCodec.toBytes(merged));
  }

  @Override
  public byte[] finish(byte[] buffer) {
    return buffer;
  }

  @Override
  public Encoder<byte[]> bufferEncoder() {
    return Encoders.BINARY();
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }
}
