package dev.hanmoto.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The cases of a golden file ({@link GoldenCases}) as the arguments of a {@code @ParameterizedTest}, one
 * {@link GoldenCases.Case} each: {@code @GoldenCasesSource("src/test/resources/golden/theme/bad-themes.txt")}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(GoldenCases.Provider.class)
public @interface GoldenCasesSource {
    /** The golden file, relative to the repository. */
    String value();
}
