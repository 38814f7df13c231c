package dev.hanmoto.render;

import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf's process-wide logging, set once for every renderer that uses it (PDF, card).
 * Disabling its log also stops it handing warnings to a render's diagnostic consumer, so instead the
 * log stays enabled with a logger that prints nothing: layout warnings still become diagnostics and
 * nothing reaches the console, whichever renderer is made first.
 */
public final class LayoutLog {
    private LayoutLog() {}

    /** Idempotent; safe to call from any renderer's constructor. */
    public static synchronized void silenceConsole() {
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {}

            @Override
            public void log(String where, Level level, String msg, Throwable th) {}

            @Override
            public void setLevel(String logger, Level level) {}

            @Override
            public boolean isLogLevelEnabled(com.openhtmltopdf.util.Diagnostic diagnostic) {
                return false;
            }
        });
        XRLog.setLoggingEnabled(true);
    }
}
