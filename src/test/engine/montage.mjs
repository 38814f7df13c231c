#!/usr/bin/env node
// Puts screenshots side by side on a light grey ground: node montage.mjs OUT.png A.png B.png ...
// (the README's EPUB images; see docs-images.sh).
import { readFileSync, writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'

const [out, ...inputs] = process.argv.slice(2)
if (!out || !inputs.length) {
    console.error('usage: montage.mjs OUT.png A.png B.png ...')
    process.exit(2)
}
const gap = 12
const images = inputs.map(f => PNG.sync.read(readFileSync(f)))
const width = images.reduce((w, i) => w + i.width, 0) + gap * (images.length + 1)
const height = Math.max(...images.map(i => i.height)) + 2 * gap
const png = new PNG({ width, height })
png.data.fill(0xdd)
let x = gap
for (const img of images) {
    PNG.bitblt(img, png, 0, 0, img.width, img.height, x, gap)
    x += img.width + gap
}
writeFileSync(out, PNG.sync.write(png, { colorType: 2 }))
