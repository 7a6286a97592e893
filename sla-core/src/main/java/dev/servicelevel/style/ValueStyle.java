package dev.servicelevel.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in the {@code package-info.java} of every
 * package with value types.
 *
 * <p>The choices, and why:
 * <ul>
 *   <li>A value type is a public abstract class with a package-private constructor and public
 *       static {@code of(...)} / {@code builder()} factories that return the abstract type, in the
 *       manner of {@code java.time}. The generated {@code ImmutableX} class is package-private
 *       ({@code visibility = PACKAGE}, {@code overshadowImplementation = true}) and never appears
 *       in a signature or in Javadoc.</li>
 *   <li>Generated builders are package-private too ({@code builderVisibility = PACKAGE}); a type
 *       that wants a public builder declares a public nested {@code Builder} that extends the
 *       generated one (the Immutables "sandwich"), so the public name is ours.</li>
 *   <li>Builders are not strict ({@code strictBuilder = false}): a builder started from a value
 *       ({@code toBuilder()}) must be able to replace any of its attributes, so a setter called
 *       again replaces the value it was given (a collection's {@code addX} adds, its
 *       {@code x(Iterable)} replaces), as in {@code java.time}'s {@code with}.</li>
 *   <li>A builder's copy of all attributes of a value is named {@code mergeFrom(value)}
 *       ({@code from = "mergeFrom"}), because some values have an attribute named {@code from};
 *       public types offer it as {@code toBuilder()}.</li>
 *   <li>A builder missing a required attribute throws our {@link MissingFieldException} (an
 *       {@link IllegalStateException}) naming the type and the fields, such as
 *       {@code "Agreement is missing required field: id"}, never Immutables' own text.</li>
 *   <li>JDK collections only ({@code jdkOnly = true}): no Guava on anybody's class path.</li>
 *   <li>Accessors are written without {@code get} prefixes ({@code id()}, {@code window()}), as
 *       in records and threeten-extra; {@code withX(...)} copies are generated.</li>
 *   <li>Invariants live in one {@code @Value.Check} method per type, so a value that breaks a
 *       rule cannot be built.</li>
 * </ul>
 *
 * <p>This package is not exported: the style is an implementation detail of sla-core.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    strictBuilder = false,
    throwForInvalidImmutableState = MissingFieldException.class,
    from = "mergeFrom",
    jdkOnly = true)
public @interface ValueStyle {}
