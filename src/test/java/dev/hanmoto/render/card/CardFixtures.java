package dev.hanmoto.render.card;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.testkit.TestThemes;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Documents for card tests: metadata only, as the card reads it (themes come from {@code testkit.TestThemes}). */
final class CardFixtures {
    static final String SEED_TITLE = "【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ";

    private CardFixtures() {}

    /** The seed article's metadata as the source reader maps it. */
    static Document seed() {
        return doc("technical_operations_manager", SEED_TITLE,
                List.of("SRE", "DevOps", "クラウドコンピューティング", "AWS", "Kubernetes", "Terraform"),
                Map.of(Meta.THUMBNAIL, "/static/img/technical_operations_manager.png",
                        Meta.DESCRIPTION, "技術インフラの安定稼働と効率化を担い、SRE原則に基づきシステム運用を管理する。"));
    }

    static Document doc(String slug, String title, List<String> tags, Map<String, String> more) {
        Map<String, MetaValue> m = new LinkedHashMap<>();
        m.put(Meta.TITLE, new MetaValue.Str(title));
        m.put(Meta.SLUG, new MetaValue.Str(slug));
        m.put(Meta.SUBJECTS, new MetaValue.Lst(tags.stream().<MetaValue>map(MetaValue.Str::new).toList()));
        more.forEach((k, v) -> m.put(k, new MetaValue.Str(v)));
        return new Document(new Meta(m), List.of(), Path.of("content/" + slug + ".md"));
    }
}
