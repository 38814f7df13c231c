package dev.hanmoto.book;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.build.DocumentLoader;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.source.FrontMatter;
import dev.hanmoto.source.FrontMatterReader;
import dev.hanmoto.source.MarkdownReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one chapter file: front matter, then the Markdown body, as the source package reads an
 * article. Book-wide work (ids unique across chapters, numbering, links) is {@link BookLoader}'s.
 */
public final class ChapterReader implements DocumentLoader {
    @Override
    public Document load(Path file, Diagnostics diags) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(Diagnostic.error("encoding", "chapter is not UTF-8 text", file, 0, 0));
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("unreadable", "cannot read chapter: " + e.getMessage(), file, 0, 0));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        FrontMatter fm = FrontMatterReader.read(text, file, diags);
        List<Block> blocks = MarkdownReader.read(text, fm.bodyStart(), file, diags);
        return new Document(fm.meta(), blocks, file);
    }
}
