#!/usr/bin/env node
// Opens EPUB files in a real reading engine and writes what its pages show as JSON, with a
// screenshot of every page for a person to look at.
//
//   node read.mjs --engine chromium|webkit --out DIR [--width 480] [--height 720] [--scale 1]
//                 [--pages N] [--fonts DIR] NAME=FILE.epub ...
//
// chromium: Debian's /usr/bin/chromium (or $HANMOTO_CHROMIUM), headless, driven over the DevTools
//           protocol by puppeteer-core; fonts are read from the engine (CSS.getPlatformFontsForNode).
// webkit:   WebKitGTK's MiniBrowser under Xvfb, driven by WebKitWebDriver (W3C WebDriver); fonts
//           are inferred from text widths (probe.js widthMatch), pixels from its screenshots.
// --fonts DIR adds DIR's fonts to the machine's (fontconfig), as if installed: the tests use the
// repository's fonts/ so the result does not depend on which Japanese fonts the machine has.
// --pages N keeps screenshots of the first N pages of each section only (0: none); facts cover all.
// The reader (reader.html, probe.js, foliate-js) is served on 127.0.0.1 only; nothing else is fetched.
// HANMOTO_ENGINE_DEBUG=1 prints every WebDriver command.
import { createServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const opt = (name, def) => {
    const i = args.indexOf('--' + name)
    if (i < 0) return def
    const v = args[i + 1]
    args.splice(i, 2)
    return v
}
const engine = opt('engine', 'chromium')
const out = resolve(opt('out', 'engine-out'))
const width = +opt('width', 480)
const height = +opt('height', 720)
const scale = +opt('scale', 1)
const keepPages = +opt('pages', 1000)
const fontDir = opt('fonts', null)
const books = args.map(a => {
    const eq = a.indexOf('=')
    if (eq < 1) throw new Error(`expected NAME=FILE.epub, got ${a}`)
    return { name: a.slice(0, eq), file: resolve(a.slice(eq + 1)) }
})
if (!books.length) {
    console.error('usage: read.mjs --engine chromium|webkit --out DIR NAME=FILE.epub ...')
    process.exit(2)
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.epub': 'application/epub+zip' }
const foliate = join(here, 'node_modules', 'foliate-js')

/** Serves the reader, foliate-js and the books; only files it was told about. */
function serve() {
    const server = createServer((req, res) => {
        const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
        let file = null
        if (path === '/' || path === '/reader.html') file = join(here, 'reader.html')
        else if (path === '/probe.js') file = join(here, 'probe.js')
        else if (path.startsWith('/foliate/') && !path.includes('..')) file = join(foliate, path.slice('/foliate/'.length))
        else if (path.startsWith('/book/')) file = books.find(b => '/book/' + b.name + '.epub' === path)?.file
        if (!file || !existsSync(file)) {
            res.writeHead(404).end()
            return
        }
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        res.end(readFileSync(file))
    })
    return new Promise(ok => server.listen(0, '127.0.0.1', () => ok(server)))
}

/** A fontconfig file: the machine's configuration plus DIR, in a cache of its own. */
function fontconfig(scratch) {
    if (!fontDir) return {}
    const file = join(scratch, 'fonts.conf')
    writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${resolve(fontDir)}</dir>
  <cachedir>${join(scratch, 'fc-cache')}</cachedir>
</fontconfig>
`)
    return { FONTCONFIG_FILE: file }
}

/** Dark pixels inside a rectangle of a screenshot (window CSS pixels), i.e. whether a glyph was drawn. */
function ink(png, r) {
    let n = 0
    const x0 = Math.max(0, Math.floor(r.x * scale)), x1 = Math.min(png.width, Math.ceil((r.x + r.width) * scale))
    const y0 = Math.max(0, Math.floor(r.y * scale)), y1 = Math.min(png.height, Math.ceil((r.y + r.height) * scale))
    for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
            const i = (y * png.width + x) * 4
            const lum = 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2]
            if (lum < 160) n++
        }
    }
    return n
}

/** In-page: waits until probe.js (a module, with its imports) has defined the API. */
const ready = async () => {
    for (let i = 0; i < 200 && !globalThis.hanmoto; i++) await new Promise(r => setTimeout(r, 50))
    if (!globalThis.hanmoto) throw new Error('probe.js did not load')
}

async function chromium(scratch, env) {
    const { default: puppeteer } = await import('puppeteer-core')
    const browser = await puppeteer.launch({
        executablePath: process.env.HANMOTO_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--font-render-hinting=none', `--user-data-dir=${join(scratch, 'profile')}`],
        env: { ...process.env, ...env },
    })
    const page = await browser.newPage()
    await page.setViewport({ width, height, deviceScaleFactor: scale })
    const cdp = await page.createCDPSession()
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    return {
        version: await browser.version(),
        goto: url => page.goto(url, { waitUntil: 'load' }),
        call: (fn, ...a) => page.evaluate(`(${ready})()`).then(() => page.evaluate((fn, a) => globalThis.hanmoto[fn](...a), fn, a)).catch(e => ({ error: String(e) })),
        screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
        async fonts(count) {
            await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
            const result = []
            for (let i = 0; i < count; i++) {
                // object ids belong to the session that made them: evaluate in this one
                const { result: obj } = await cdp.send('Runtime.evaluate', { expression: `globalThis.__probes[${i}]` })
                const { nodeId } = await cdp.send('DOM.requestNode', { objectId: obj.objectId })
                const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
                result.push(fonts.map(f => ({ family: f.familyName, postScript: f.postScriptName, glyphs: f.glyphCount, custom: f.isCustomFont })))
                await cdp.send('Runtime.releaseObject', { objectId: obj.objectId })
            }
            return result
        },
        close: () => browser.close(),
    }
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
const freePort = () => new Promise(ok => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address()
        probe.close(() => ok(port))
    })
})

/** WebKitGTK through its WebDriver, MiniBrowser in a private X server. */
async function webkit(scratch, env) {
    // Xvfb picks a free display and writes its number to fd 3 once it accepts clients
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width + 200}x${height + 200}x24`, '-nolisten', 'tcp'],
        { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] })
    const display = ':' + await new Promise((ok, fail) => {
        let text = ''
        xvfb.stdio[3].on('data', d => {
            text += d
            if (text.includes('\n')) ok(text.trim())
        })
        xvfb.on('exit', code => fail(new Error(`Xvfb exited (${code})`)))
    })
    const port = await freePort()
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'],
        { stdio: 'ignore', env: { ...process.env, ...env, DISPLAY: display } })
    const base = `http://127.0.0.1:${port}`
    const wd = async (method, path, body) => {
        if (process.env.HANMOTO_ENGINE_DEBUG) console.error(method, path)
        const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined })
        const json = await res.json()
        if (json.value?.error) throw new Error(`${path}: ${json.value.error}: ${json.value.message}`)
        return json.value
    }
    let session
    for (let i = 0; i < 50 && !session; i++) {
        try {
            session = (await wd('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': {
                binary: process.env.HANMOTO_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
                args: ['--automation'] } } } })).sessionId
        } catch (e) {
            if (!/fetch failed|ECONNREFUSED/.test(String(e.cause ?? e))) throw e
            await new Promise(r => setTimeout(r, 200))
        }
    }
    if (!session) throw new Error('WebKitWebDriver did not start')
    const s = `/session/${session}`
    await wd('POST', `${s}/window/rect`, { width, height })
    // the window's outer size includes no decorations under Xvfb; fix the viewport exactly
    const inner = await wd('POST', `${s}/execute/sync`, { script: 'return [innerWidth, innerHeight]', args: [] })
    await wd('POST', `${s}/window/rect`, { width: 2 * width - inner[0], height: 2 * height - inner[1] })
    return {
        version: 'WebKitGTK ' + await wd('POST', `${s}/execute/sync`, { script: 'return navigator.userAgent', args: [] }),
        goto: url => wd('POST', `${s}/url`, { url }),
        call: (fn, ...a) => wd('POST', `${s}/execute/async`, {
            script: `const done = arguments[arguments.length - 1]; (${ready})().then(() => globalThis.hanmoto[arguments[0]](...arguments[1])).then(done, e => done({ error: String(e) }))`,
            args: [fn, a],
        }),
        screenshot: async () => Buffer.from(await wd('GET', `${s}/screenshot`), 'base64'),
        fonts: async () => null,
        async close() {
            await wd('DELETE', s).catch(() => {})
            driver.kill()
            xvfb.kill()
        },
    }
}

const scratch = mkdtempSync(join(tmpdir(), 'hanmoto-engine-'))
const server = await serve()
const origin = `http://127.0.0.1:${server.address().port}`
const env = fontconfig(scratch)
const browser = engine === 'webkit' ? await webkit(scratch, env) : await chromium(scratch, env)
const report = { engine, version: browser.version, viewport: { width, height, scale }, books: {} }
try {
    for (const book of books) {
        await browser.goto(`${origin}/reader.html?book=${encodeURIComponent(book.name)}`)
        const opened = await browser.call('open', `/book/${book.name}.epub`)
        if (opened?.error) throw new Error(`${book.name}: ${opened.error}`)
        const dir = join(out, book.name)
        mkdirSync(dir, { recursive: true })
        const sections = []
        for (let i = 0; i < opened.sections.length; i++) {
            const facts = await browser.call('section', i)
            if (facts?.error) {
                // a section the reader cannot show is a fact too (the test fails on it)
                sections.push({ index: i, id: opened.sections[i].id, error: facts.error.split('\n')[0] })
                await browser.goto(`${origin}/reader.html?book=${encodeURIComponent(book.name)}&after=${i}`)
                await browser.call('open', `/book/${book.name}.epub`)
                continue
            }
            facts.id = opened.sections[i].id
            const fonts = await browser.fonts(facts.fonts.length)
            if (fonts) facts.fonts.forEach((f, k) => { f.used = fonts[k] })
            facts.notes.popups = []
            for (let k = 0; k < facts.notes.refs.length; k++) {
                facts.notes.popups.push(await browser.call('note', k))
                await browser.call('section', i)
            }
            facts.hyphenInk = []
            for (let p = 0; p < facts.pages; p++) {
                const shown = await browser.call('page', p)
                if (shown.hyphens.length === 0 && p >= keepPages) continue
                const png = await browser.screenshot()
                if (p < keepPages) writeFileSync(join(dir, `s${String(i + 1).padStart(2, '0')}-p${String(p + 1).padStart(2, '0')}.png`), png)
                if (shown.hyphens.length) {
                    const image = PNG.sync.read(png)
                    for (const h of shown.hyphens) facts.hyphenInk.push({ page: p, at: h.at, ink: ink(image, h) })
                }
            }
            sections.push(facts)
        }
        report.books[book.name] = { dir: opened.dir, sections }
    }
} finally {
    await browser.close()
    server.close()
    rmSync(scratch, { recursive: true, force: true })
}
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'facts.json'), JSON.stringify(report, null, 1))
console.log(`${engine}: ${books.length} books read, facts in ${join(out, 'facts.json')}`)
