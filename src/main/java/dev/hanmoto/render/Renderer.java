package dev.hanmoto.render;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;

/** An output format (mdBook's shape): a name and one method that renders a document into a sink. */
public interface Renderer {
    /** The format name used on the command line: {@code pdf}, {@code epub}, {@code card}. */
    String format();

    /**
     * Renders the document. Files are opened through the sink, which writes them atomically;
     * warnings go to {@code diags}; bad input throws {@link dev.hanmoto.diag.UserError}.
     */
    void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException;
}
