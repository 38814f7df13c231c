// The card peer for bench/run: satori (layout to SVG) + @resvg/resvg-js (SVG to PNG), the pair
// Vercel's @vercel/og uses. Draws a 1200×630 card with the title of each Markdown file given, in
// the same BIZ UDPGothic Bold Hanmoto's default card uses, into OUT/<name>.png.
//   node bench/peers/cards.mjs FONT OUT FILE.md...
// Needs `npm install --prefix bench/peers satori @resvg/resvg-js` (bench/run says so when missing).
import fs from "node:fs";
import path from "node:path";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";

const [font, out, ...files] = process.argv.slice(2);
const fontData = fs.readFileSync(font);
fs.mkdirSync(out, { recursive: true });
for (const file of files) {
  const title = (/^title:\s*"?(.*?)"?\s*$/m.exec(fs.readFileSync(file, "utf8")) || [, path.basename(file)])[1];
  const svg = await satori(
    {
      type: "div",
      props: {
        style: { width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "center",
                 padding: "64px", background: "#10243e", color: "#ffffff", fontSize: 64, fontFamily: "Gothic" },
        children: [{ type: "div", props: { style: { display: "flex", lineHeight: 1.35 }, children: title } }],
      },
    },
    { width: 1200, height: 630, fonts: [{ name: "Gothic", data: fontData, weight: 700, style: "normal" }] });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: 1200 } }).render().asPng();
  fs.writeFileSync(path.join(out, path.basename(file, ".md") + ".png"), png);
}
