/**
 * Hanmoto: one Markdown source with front matter to a print PDF, an EPUB 3 and a social card. The
 * pipeline lives in the packages below (see the README's repository layout); this one holds only
 * {@link dev.hanmoto.Version}, which every package may read. It imports only the JDK.
 *
 * <p>What each package may import is said in its package-info and checked on the compiled classes by
 * {@code PackageRulesTest}.
 */
package dev.hanmoto;
