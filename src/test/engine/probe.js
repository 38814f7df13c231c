// In-page side of the engine check: opens an EPUB in foliate-js and measures what the reader shows.
// Everything here runs inside the browser under test (Chromium or WebKitGTK); read.mjs calls the
// functions of window.hanmoto and adds what only the driver can see (platform fonts, pixels).
// Facts are measured on the laid-out pages, never read back from our own markup or stylesheet.
import '/foliate/view.js'
import { FootnoteHandler } from '/foliate/footnotes.js'

const EPUB_NS = 'http://www.idpf.org/2007/ops'

// What reading systems with pop-up notes (Apple Books, Kobo, Foliate, Thorium) do to the flow:
// the note asides are hidden and shown on demand from their reference. Nothing else is injected,
// so the book's own stylesheet decides the rest (a reader with "publisher defaults" on).
const READER_CSS = `@namespace epub "${EPUB_NS}";
aside[epub|type~="footnote"], aside[epub|type~="endnote"], aside[epub|type~="rearnote"] { display: none; }`

let view
let vertical = false
const footnotes = new FootnoteHandler()

const nextFrame = win => new Promise(resolve => win.requestAnimationFrame(() => resolve()))
const settle = async doc => {
    await doc.fonts.ready
    for (let i = 0; i < 3; i++) await nextFrame(doc.defaultView)
}
const doc = () => view.renderer.getContents()[0].doc
const types = el => (el.getAttributeNS(EPUB_NS, 'type') ?? '').split(/\s+/)
const snippet = s => s.replace(/\s+/g, ' ').trim().slice(0, 40)
const describe = el => `${el.localName}${el.className ? '.' + String(el.className).split(' ')[0] : ''} «${snippet(el.textContent)}»`

/**
 * The columns of the current section: foliate lays a section out as CSS columns on the root
 * element, one column per page here, progressing rightwards (horizontal) or downwards (vertical).
 */
function geometry(d) {
    const root = d.documentElement
    const cs = d.defaultView.getComputedStyle(root)
    const r = root.getBoundingClientRect()
    const gap = parseFloat(cs.columnGap) || 0
    const width = parseFloat(cs.columnWidth)
    const start = vertical ? parseFloat(cs.paddingTop) : parseFloat(cs.paddingLeft)
    const end = vertical ? parseFloat(cs.paddingBottom) : parseFloat(cs.paddingRight)
    const box = (vertical ? r.height : r.width) - start - end
    const n = Math.max(1, Math.floor((box + gap) / (width + gap)))
    const size = (box - (n - 1) * gap) / n
    const origin = (vertical ? r.top : r.left) + start
    const pitch = size + gap
    const cross = vertical ? [r.left, r.right] : [r.top, r.bottom]
    return {
        size, pitch, cross,
        column: pos => Math.floor((pos - origin + gap / 2) / pitch),
        columnStart: k => origin + k * pitch,
        // inline-axis extent of a rect in page-progression terms, and the other axis
        along: rect => vertical ? [rect.top, rect.bottom] : [rect.left, rect.right],
        across: rect => vertical ? [rect.left, rect.right] : [rect.top, rect.bottom],
    }
}

const rectsOf = node => {
    if (node.nodeType === 1) return Array.from(node.getClientRects())
    const range = node.ownerDocument.createRange()
    range.selectNodeContents(node)
    return Array.from(range.getClientRects())
}
const visible = rect => rect.width > 0.5 && rect.height > 0.5

/** Elements whose boxes leave their column, across or along the page. */
function overflow(d, g) {
    const out = []
    for (const el of d.body.querySelectorAll('*')) {
        for (const rect of rectsOf(el).filter(visible)) {
            const [a, b] = g.along(rect)
            const k = g.column(a + 0.5)
            const s = g.columnStart(k)
            const [c0, c1] = g.across(rect)
            const crossOut = c0 < g.cross[0] - 1 || c1 > g.cross[1] + 1
            if (a < s - 1 || b > s + g.size + 1 || crossOut) {
                out.push({ element: describe(el), size: Math.round(b - a), column: Math.round(g.size), across: crossOut })
                break
            }
        }
        if (out.length >= 20) break
    }
    return out
}

/**
 * How far justification stretched the text, by kind of block: the widest space and the widest other
 * character (a grapheme; emoji, symbols such as ☐ and 縦中横 are skipped), measured along the line in em. A ragged line
 * has spaces of about 0.3em and characters of at most 1em; a justified line stretches both, at its
 * spaces first unless the engine justifies between characters (text-justify: inter-character).
 */
function gaps(d) {
    const worst = {}
    const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' })
    const range = d.createRange()
    for (const scope of d.body.querySelectorAll('p, li, td, th, dd, dt')) {
        const kind = scope.closest('nav') ? 'toc' : scope.closest('td, th') ? 'cell' : scope.closest('li') ? 'list' : 'body'
        const walker = d.createTreeWalker(scope, NodeFilter.SHOW_TEXT)
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const parent = t.parentElement
            if (parent.closest('.tcy, .emoji, rt, code') || parent.closest('p, li, td, th, dd, dt') !== scope) continue
            const em = parseFloat(d.defaultView.getComputedStyle(parent).fontSize)
            const text = t.nodeValue
            for (const { segment, index } of segmenter.segment(text)) {
                if (/\p{Extended_Pictographic}|\p{So}|\u20e3|\ufe0f/u.test(segment)) continue
                range.setStart(t, index)
                range.setEnd(t, index + segment.length)
                const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 || r.height > 0)
                if (rects.length !== 1) continue
                const advance = (vertical ? rects[0].height : rects[0].width) / em
                const key = kind + (segment === ' ' || segment === '\u00a0' ? ':space' : ':char')
                if (!(worst[key]?.em >= advance)) {
                    worst[key] = { em: +advance.toFixed(2), at: snippet(text.slice(Math.max(0, index - 6), index + 7)) }
                }
            }
        }
    }
    return worst
}

/** Table rows split between columns, header rows alone at the foot of a column, repeated headers. */
function tables(d, g) {
    return Array.from(d.body.querySelectorAll('table')).map(table => {
        const span = el => {
            const rs = rectsOf(el).filter(visible)
            if (!rs.length) return null
            return [g.column(g.along(rs[0])[0] + 0.5), g.column(g.along(rs[rs.length - 1])[1] - 0.5)]
        }
        const body = Array.from(table.querySelectorAll('tbody > tr, table > tr'))
        const split = []
        const columns = new Set()
        for (const tr of body) {
            const s = span(tr)
            if (!s) continue
            columns.add(s[0]).add(s[1])
            if (s[0] !== s[1]) split.push(describe(tr))
        }
        const head = table.querySelector('thead')
        const hs = head ? span(head) : null
        const first = body.length ? span(body[0]) : null
        const headerColumns = head ? [...new Set(rectsOf(head).filter(visible).map(r => g.column(g.along(r)[0] + 0.5)))] : []
        return {
            rows: body.length, split,
            headerAlone: !!(hs && first && hs[1] < first[0]),
            columns: [...columns].sort((a, b) => a - b),
            headerColumns,
        }
    })
}

/** The next laid-out content after a node in document order: text or a picture. */
function nextContent(d, node) {
    const walker = d.createTreeWalker(d.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
    walker.currentNode = node
    // skip the node's own subtree
    let n = node
    while (n && !n.nextSibling) n = n.parentNode
    if (!n) return null
    walker.currentNode = n.nextSibling
    for (let c = walker.currentNode; c; c = walker.nextNode()) {
        if (c.nodeType === 3 && !c.nodeValue.trim()) continue
        if (c.nodeType === 1 && !/^(img|svg|hr)$/.test(c.localName)) continue
        if (rectsOf(c).some(visible)) return c
    }
    return null
}

/** Headings that end a column while what follows them starts the next one. */
function headings(d, g) {
    const out = []
    for (const h of d.body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        const hr = rectsOf(h).filter(visible)
        if (!hr.length) continue
        const next = nextContent(d, h)
        if (!next) continue
        const k1 = g.column(g.along(hr[hr.length - 1])[1] - 0.5)
        const k2 = g.column(g.along(rectsOf(next).filter(visible)[0])[0] + 0.5)
        if (k2 > k1) out.push({ heading: describe(h), column: k1 })
    }
    return out
}

/** Note references, their notes, and what the notes section shows once the notes are hidden. */
function notes(d) {
    const refs = Array.from(d.querySelectorAll('a')).filter(a => types(a).includes('noteref')).map(a => {
        const id = decodeURIComponent((a.getAttribute('href') ?? '').replace(/^[^#]*#/, ''))
        const target = d.getElementById(id)
        return {
            href: a.getAttribute('href'),
            target: target ? target.localName + (types(target).includes('footnote') ? '[footnote]' : '') : null,
            hidden: target ? d.defaultView.getComputedStyle(target).display === 'none' : null,
        }
    })
    const sections = Array.from(d.querySelectorAll('section, div')).filter(s => types(s).includes('footnotes') || s.classList.contains('footnotes'))
    const shown = sections.map(s => {
        const cs = d.defaultView.getComputedStyle(s)
        const edges = ['Top', 'Right', 'Bottom', 'Left'].filter(side =>
            parseFloat(cs[`border${side}Width`]) > 0 && cs[`border${side}Style`] !== 'none' && cs[`border${side}Style`] !== 'hidden')
        const rects = rectsOf(s)
        const painted = rects.length > 0 && (edges.length > 0 || cs.backgroundColor !== 'rgba(0, 0, 0, 0)')
        // what of the section is still seen: its own edges and any visible descendant
        const content = Array.from(s.querySelectorAll('*')).filter(e => rectsOf(e).some(visible)).map(describe)
        return { edges: painted ? edges : [], content: content.slice(0, 5) }
    })
    return { refs, sections: shown }
}

/**
 * Code blocks: the distance between their laid-out lines and their line height, against the font size;
 * and where every hyphen-minus of code is drawn.
 */
function code(d, g) {
    const blocks = Array.from(d.body.querySelectorAll('pre')).map(pre => {
        const cs = d.defaultView.getComputedStyle(pre.querySelector('code') ?? pre)
        const em = parseFloat(cs.fontSize)
        const range = d.createRange()
        range.selectNodeContents(pre)
        const lines = [...new Set(Array.from(range.getClientRects()).filter(visible)
            .map(r => Math.round(vertical ? r.right : r.top)))].sort((a, b) => a - b)
        // the smallest distance between lines: a blank line in the code leaves a double one
        let pitch = null
        for (let i = 1; i < lines.length; i++) pitch = Math.min(pitch ?? Infinity, Math.abs(lines[i] - lines[i - 1]))
        return {
            text: snippet(pre.textContent), lines: lines.length, pitch: pitch === null ? null : +(pitch / em).toFixed(2),
            lineHeight: +(parseFloat(cs.lineHeight) / em).toFixed(2),
        }
    })
    return { blocks, hyphens: hyphenRects(d, g).length }
}

function hyphenRects(d, g) {
    const out = []
    for (const c of d.body.querySelectorAll('code')) {
        if (c.parentElement.closest('code')) continue
        const walker = d.createTreeWalker(c, NodeFilter.SHOW_TEXT)
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            for (let i = t.nodeValue.indexOf('-'); i >= 0; i = t.nodeValue.indexOf('-', i + 1)) {
                const range = d.createRange()
                range.setStart(t, i)
                range.setEnd(t, i + 1)
                const r = Array.from(range.getClientRects()).find(visible)
                if (!r) continue
                out.push({ rect: r, column: g.column(g.along(r)[0] + 0.5), at: snippet(t.nodeValue.slice(Math.max(0, i - 8), i + 8)) })
            }
        }
    }
    return out
}

/** The elements whose fonts the driver asks the engine about, by kind. */
function fontProbes(d) {
    const pick = (kind, selector, filter = () => true, n = 3) =>
        Array.from(d.body.querySelectorAll(selector)).filter(filter).filter(e => e.textContent.trim()).slice(0, n).map(el => ({ kind, el }))
    // text of the element's own: the engine reports the fonts of descendants too, so no code or pictures inside
    const plainText = el => Array.from(el.childNodes).some(n => n.nodeType === 3 && n.nodeValue.trim())
        && !el.querySelector('code, img, svg, .math, strong, b, kbd, samp, var')
    const probes = [
        ...pick('body', 'p', p => !p.closest('li, td, th, aside, nav, blockquote, figure, .footnotes') && plainText(p)
            && !p.querySelector('code, .emoji, img, strong')),
        ...pick('heading', 'h1, h2, h3', plainText),
        ...pick('code', 'pre code'),
        ...pick('inline-code', 'p code, li code'),
        ...pick('th', 'th', plainText, 2),
        ...pick('td', 'td', plainText, 2),
        ...pick('toc', 'nav a', plainText),
        ...pick('strong', 'strong', plainText, 2),
        ...pick('emoji', 'span.emoji', () => true, 3),
    ]
    globalThis.__probes = probes.map(p => p.el)
    return probes.map(({ kind, el }) => ({ kind, text: snippet(el.textContent), family: d.defaultView.getComputedStyle(el).fontFamily, widthMatch: widthMatch(el) }))
}

// Fonts a reader's machine may hold that the stacks could resolve to; the width of a run of text
// measured in each tells which one the engine used (for engines with no font inspection, WebKit).
const CANDIDATES = ['BIZ UDPMincho', 'BIZ UDPGothic', 'BIZ UDGothic', 'Noto Serif CJK JP', 'Noto Sans CJK JP',
    'Noto Sans Mono CJK JP', 'DejaVu Serif', 'DejaVu Sans', 'DejaVu Sans Mono', 'Liberation Serif', 'Liberation Sans',
    'Liberation Mono', 'Noto Color Emoji']
let canvas
/** The candidate fonts in which a run of the element's own text (Latin, or kana) has the width it was set at. */
function widthMatch(el) {
    const cs = el.ownerDocument.defaultView.getComputedStyle(el)
    const fits = pattern => {
        // the longest run of the element's own text: the longer, the fewer fonts share its width
        // (one that is set on one line)
        const runs = []
        for (const n of el.childNodes) {
            if (n.nodeType === 3) for (const x of n.nodeValue.matchAll(pattern)) runs.push([n, x])
        }
        runs.sort((a, b) => b[1][0].length - a[1][0].length)
        let m = null
        let rects = []
        for (const [t, x] of runs) {
            const range = el.ownerDocument.createRange()
            range.setStart(t, x.index)
            range.setEnd(t, x.index + x[0].length)
            rects = Array.from(range.getClientRects())
            if (rects.length === 1) {
                m = x
                break
            }
        }
        if (!m) return null
        const measured = vertical ? rects[0].height : rects[0].width
        canvas ??= document.createElement('canvas').getContext('2d')
        const fonts = CANDIDATES.filter(f => {
            canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} "${f}", monospace`
            const w1 = canvas.measureText(m[0]).width
            canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} "${f}", serif`
            const w2 = canvas.measureText(m[0]).width
            // a font the machine lacks falls back differently in the two probes
            return Math.abs(w1 - w2) < 0.01 && Math.abs(w1 - measured) < 0.35
        })
        return { run: m[0], fonts }
    }
    // horizontal text only: vertical advances are a full em for kana in every face, and sideways Latin
    // is not always advanced by its horizontal widths
    if (vertical) return null
    const latin = fits(/[A-Za-z]{6,}/g)
    // kana runs: proportional in the BIZ UDP faces, so their width tells Mincho from Gothic
    const kana = fits(/[\u3041-\u30ff]{6,}/g)
    return latin || kana ? { ...(latin ?? {}), kana } : null
}

globalThis.hanmoto = {
    async open(url) {
        view = document.createElement('foliate-view')
        document.body.append(view)
        await view.open(url)
        const r = view.renderer
        r.setAttribute('flow', 'paginated')
        r.setAttribute('max-column-count', '1')
        r.setAttribute('margin', '32px')
        r.setAttribute('gap', '6%')
        r.setStyles(READER_CSS)
        view.addEventListener('link', e => {
            globalThis.__link = footnotes.handle(view.book, e) ?? null
        })
        return {
            dir: view.book.dir ?? 'ltr',
            sections: view.book.sections.map(s => ({ id: String(s.id), linear: s.linear ?? 'yes' })),
        }
    },

    /** Opens section i and measures it; the section stays shown at its first page. */
    async section(index) {
        await view.renderer.goTo({ index })
        const d = doc()
        await settle(d)
        vertical = /vertical/.test(d.defaultView.getComputedStyle(d.body).writingMode)
        const g = geometry(d)
        return {
            index,
            vertical,
            pages: Math.max(1, view.renderer.pages - 2),
            fonts: fontProbes(d),
            overflow: overflow(d, g),
            gaps: gaps(d),
            tables: tables(d, g),
            headings: headings(d, g),
            notes: notes(d),
            code: code(d, g),
        }
    },

    /** Shows text page k of the current section; returns the code hyphens drawn on it, in window pixels. */
    async page(k) {
        const pages = Math.max(1, view.renderer.pages - 2)
        await view.renderer.goTo({ index: view.renderer.getContents()[0].index, anchor: pages > 1 ? k / (pages - 1) : 0 })
        const d = doc()
        await settle(d)
        const g = geometry(d)
        const frame = d.defaultView.frameElement.getBoundingClientRect()
        const shown = view.renderer.page - 1
        return {
            page: shown,
            hyphens: hyphenRects(d, g).filter(h => h.column === shown).map(h => ({
                at: h.at,
                x: h.rect.left + frame.left, y: h.rect.top + frame.top, width: h.rect.width, height: h.rect.height,
            })),
        }
    },

    /** Follows note reference k of the current section as a reader does (a click), and reads the pop-up. */
    async note(k) {
        const d = doc()
        const a = Array.from(d.querySelectorAll('a')).filter(x => types(x).includes('noteref'))[k]
        const shown = new Promise(resolve => {
            // the reader shows the note in a view of its own, which must be in the document to load
            const onBefore = e => {
                e.detail.view.style.cssText = 'position: fixed; left: 0; top: 0; width: 320px; height: 240px; visibility: hidden'
                document.body.append(e.detail.view)
            }
            const onRender = e => {
                footnotes.removeEventListener('before-render', onBefore)
                footnotes.removeEventListener('render', onRender)
                const { view: popup, type, hidden } = e.detail
                const pd = popup.renderer?.getContents?.()[0]?.doc
                const text = pd ? pd.body.textContent.replace(/\s+/g, ' ').trim() : ''
                popup.remove()
                resolve({ type, hidden, text: text.slice(0, 80) })
            }
            footnotes.addEventListener('before-render', onBefore)
            footnotes.addEventListener('render', onRender)
            setTimeout(() => resolve({ type: null, hidden: null, text: '' }), 5000)
        })
        a.click()
        return shown
    },
}
