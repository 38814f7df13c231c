package dev.hanmoto.testkit;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** EPUBCheck 5.3 run in-process; collects every message with its severity and location. */
public final class EpubCheckReport extends MasterReport {
    private final List<String> fatal = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /**
     * Checks an EPUB file's bytes, written to {@code dir/<name>.epub}; a copy is kept as
     * {@code target/epub-fixtures/<name>.epub} for people to open in a reader.
     */
    public static EpubCheckReport check(byte[] epub, Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".epub");
        Files.write(file, epub);
        KeptOutputs.keep("epub-fixtures", name + ".epub", epub);
        return check(file);
    }

    /** Checks an EPUB file. */
    public static EpubCheckReport check(Path file) {
        EpubCheckReport report = new EpubCheckReport();
        new EpubCheck(file.toFile(), report).doValidate();
        return report;
    }

    /** EPUBCheck's fatal errors, errors and warnings for an EPUB file, one per line; empty when clean. */
    public static String problemsOf(Path file) {
        return check(file).problems();
    }

    @Override
    public void message(Message m, EPUBLocation where, Object... args) {
        String text = m.getID() + " " + where + ": " + m.getMessage(args);
        Severity s = m.getSeverity();
        if (s == Severity.FATAL) fatal.add(text);
        else if (s == Severity.ERROR) errors.add(text);
        else if (s == Severity.WARNING) warnings.add(text);
    }

    @Override
    public void info(String path, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {}

    /** Fatal errors, errors and warnings, one per line; empty when the EPUB is clean. */
    public String problems() {
        List<String> all = new ArrayList<>();
        fatal.forEach(s -> all.add("FATAL " + s));
        errors.forEach(s -> all.add("ERROR " + s));
        warnings.forEach(s -> all.add("WARNING " + s));
        return String.join("\n", all);
    }

    public int fatalCount() { return fatal.size(); }
    public int errorCount() { return errors.size(); }
    public int warningCount() { return warnings.size(); }
}
