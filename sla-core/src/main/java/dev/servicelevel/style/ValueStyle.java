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
 *   <li>Strict builders ({@code strictBuilder = true}): each single attribute may be set once,
 *       so a builder cannot silently overwrite a value it was given.</li>
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
    strictBuilder = true,
    jdkOnly = true)
public @interface ValueStyle {}
