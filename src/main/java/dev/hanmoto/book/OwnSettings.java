package dev.hanmoto.book;

import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hanmoto's own settings inside another tool's book configuration: {@code [output.hanmoto]} in an
 * mdBook's {@code book.toml} (mdBook gives each renderer its own {@code [output.<name>]} table) and
 * {@code pluginsConfig.hanmoto} in a HonKit {@code book.json}. The keys are those of {@code book.yaml}
 * that the other format has no word for: {@code theme}, {@code slug}, {@code subtitle},
 * {@code publisher}, {@code identifier}, {@code date}, {@code cover-image}, {@code subjects},
 * {@code numbering} and so on; they win over the format's own values. Unknown keys are errors, as in
 * {@code book.yaml}.
 *
 * @param meta      metadata under canonical keys
 * @param numbering chapter labels, when given
 */
record OwnSettings(Map<String, MetaValue> meta, Optional<Numbering> numbering) {
    static final List<String> KEYS = keys();

    private static List<String> keys() {
        List<String> k = new ArrayList<>(BookManifestReader.SCALARS.keySet());
        k.addAll(Meta.SUBJECT_ALIASES);
        k.add("numbering");
        return List.copyOf(k);
    }

    /** Reads the table at {@code path} of {@code tree}; nothing when it is absent. */
    static OwnSettings read(ConfigTree tree, String path) {
        Map<String, MetaValue> meta = new LinkedHashMap<>();
        Optional<Numbering> numbering = Optional.empty();
        if (!tree.table(path)) return new OwnSettings(meta, numbering);
        tree.unknownKeys(path, KEYS, true, " in Hanmoto's settings");
        List<String> subjects = new ArrayList<>();
        for (String key : tree.keysOf(path)) {
            String full = path + "." + key;
            if (BookManifestReader.SCALARS.containsKey(key)) {
                tree.text(full).ifPresent(v -> meta.put(BookManifestReader.SCALARS.get(key), new MetaValue.Str(v)));
            } else if (Meta.SUBJECT_ALIASES.contains(key)) {
                for (String s : tree.texts(full)) if (!subjects.contains(s)) subjects.add(s);
            } else if (key.equals("numbering")) {
                Optional<String> v = tree.text(full);
                if (v.isPresent() && v.get().equals("none")) {
                    numbering = Optional.of(Numbering.NONE);
                } else if (v.isPresent() && !Numbering.hasToken(v.get())) {
                    tree.error(full, "numbering '" + v.get() + "' has no {n}, {A} or {a} for the number; write e.g. "
                            + "'第{n}章', 'Chapter {n}' or 'none'");
                } else if (v.isPresent()) {
                    numbering = Optional.of(new Numbering(v.get()));
                }
            }
        }
        if (!subjects.isEmpty()) {
            meta.put(Meta.SUBJECTS, new MetaValue.Lst(subjects.stream().map(s -> (MetaValue) new MetaValue.Str(s)).toList()));
        }
        return new OwnSettings(meta, numbering);
    }
}
