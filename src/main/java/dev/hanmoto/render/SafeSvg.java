package dev.hanmoto.render;

import dev.hanmoto.html.HtmlPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Decides whether an SVG file may be used as a picture, by the build's image check and by the EPUB
 * renderer (which stays safe when used on its own). A picture needs no scripts, event handlers, foreign
 * objects or references outside itself; EPUB 3.3 forbids remote resources. Parsed without DTDs or
 * external entities (a DOCTYPE is refused outright, so nothing is read through XXE): the file is
 * input, not trusted. The tree is walked without recursion so deep nesting cannot overflow the stack.
 * What counts as active or external is {@link HtmlPolicy}'s rule.
 */
public final class SafeSvg {
    /** The reason given when the root element is not {@code <svg>} in the SVG namespace. */
    public static final String NOT_SVG = "has no <svg> root element";

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private SafeSvg() {}

    /** Why the SVG cannot be used (a phrase that follows the file's name), or empty if it can. */
    public static Optional<String> refusal(byte[] bytes) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // silent: the default handler prints to stderr
            root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                return Optional.of("declares a DOCTYPE (its entities could read files)");
            }
            return Optional.of("is not well-formed SVG");
        } catch (IOException e) {
            return Optional.of("is not well-formed SVG");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a standard feature", e);
        }
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) return Optional.of(NOT_SVG);
        return check(root);
    }

    private static Optional<String> check(Element root) {
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            Optional<String> r = checkOne(e);
            if (r.isPresent()) return r;
            for (Node c = e.getLastChild(); c != null; c = c.getPreviousSibling()) {
                if (c instanceof Element child) todo.push(child);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkOne(Element e) {
        String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (HtmlPolicy.SVG_REFUSED_ELEMENTS.contains(lower)) return Optional.of("contains a <" + name + ">");
        if (lower.equals("style") && HtmlPolicy.loadsOtherFiles(e.getTextContent())) return Optional.of("has a style sheet that loads other files");
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String an = (a.getLocalName() == null ? a.getNodeName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String v = a.getNodeValue().strip();
            if (HtmlPolicy.isEventHandler(an)) return Optional.of("has an event handler (" + a.getNodeName() + ")");
            if ((an.equals("href") || an.equals("src")) && !HtmlPolicy.isSameDocument(v)) {
                return Optional.of("refers to another file or address (" + v + ")");
            }
            if (an.equals("style") && HtmlPolicy.loadsOtherFiles(v)) return Optional.of("has a style that loads other files");
        }
        return Optional.empty();
    }
}
