package dev.hanmoto.theme;

import java.util.Map;
import java.util.Objects;

/**
 * A loaded, validated theme. Each renderer is handed only its own section plus the shared font
 * stacks and files; no renderer sees another output's settings. Every value in the sections has
 * been checked by the binder, alone and against the others, before any renderer sees it.
 */
public record Theme(String name, String description, ThemeFiles files, FontStacks fonts,
                    Map<String, CodeStyle> codeStyles, PdfTheme pdf, EpubTheme epub, CardTheme card) {
    public Theme {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(files);
        Objects.requireNonNull(fonts);
        codeStyles = Map.copyOf(codeStyles);
        Objects.requireNonNull(pdf);
        Objects.requireNonNull(epub);
        Objects.requireNonNull(card);
    }

    /** The code style an output names ({@code pdf.code.style}); the binder made sure it exists. */
    public CodeStyle codeStyle(CodeTheme code) {
        CodeStyle s = codeStyles.get(code.style());
        if (s == null) throw new IllegalStateException("no code style " + code.style());
        return s;
    }
}
