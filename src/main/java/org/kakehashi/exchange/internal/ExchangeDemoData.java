package org.kakehashi.exchange.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kakehashi.accounts.AccountService;
import org.kakehashi.exchange.DevelopmentStage;
import org.kakehashi.exchange.OpportunityDraft;
import org.kakehashi.exchange.OpportunityService;
import org.kakehashi.exchange.OpportunityType;
import org.kakehashi.exchange.Post;
import org.kakehashi.exchange.PostActivity;
import org.kakehashi.exchange.PostDraft;
import org.kakehashi.exchange.PostKind;
import org.kakehashi.exchange.PostService;
import org.kakehashi.shared.CurrentUser;
import org.kakehashi.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few posts and one opportunity between the demo partners, written through the facades
 * as the demo managers would. Runs after the demo data set (order 10) when the demo is on
 * and no post exists yet; kept in this module so the demo module needs no dependency on
 * exchange.
 */
@Component
@Order(20)
class ExchangeDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExchangeDemoData.class);

	private final boolean enabled;

	private final PostRepository repository;

	private final PostService posts;

	private final PostActivity activity;

	private final OpportunityService opportunities;

	private final AccountService accounts;

	ExchangeDemoData(@Value("${kakehashi.demo.enabled:true}") boolean enabled, PostRepository repository,
			PostService posts, PostActivity activity, OpportunityService opportunities, AccountService accounts) {
		this.enabled = enabled;
		this.repository = repository;
		this.posts = posts;
		this.activity = activity;
		this.opportunities = opportunities;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<CurrentUser> biom = user("manager.biom");
		Optional<CurrentUser> kawasaki = user("manager.kawasaki");
		Optional<CurrentUser> osaka = user("manager.osaka");
		Optional<CurrentUser> kawasakiMember = user("member.kawasaki");
		if (!enabled || repository.count() > 0 || biom.isEmpty() || kawasaki.isEmpty() || osaka.isEmpty()
				|| kawasakiMember.isEmpty()) {
			return;
		}
		Post munich = posts.create(biom.get(), new PostDraft(PostKind.REGIONAL_UPDATE,
				text("Neues aus München: zwei Neugründungen in der Zelltherapie",
						"News from Munich: two new cell-therapy start-ups", null),
				text("Im Innovations- und Gründerzentrum Biotechnologie in Martinsried haben zwei neue Unternehmen ihre Arbeit aufgenommen. Beide suchen Partner für klinische Studien in Japan.",
						"Two new companies have started work at the Innovation and Start-up Centre for Biotechnology in Martinsried. Both are looking for partners for clinical trials in Japan.",
						null),
				false, List.of("obhq"), 0));
		activity.comment(osaka.get(), munich.id(), "大阪の再生医療関連企業を紹介できます。臨床試験の地域はどちらをお考えですか？", true);
		posts.create(kawasaki.get(),
				new PostDraft(PostKind.BUSINESS_OPPORTUNITY, text(null, null, "キングスカイフロント発：ドイツでの販売パートナーを募集"),
						text(null, null, "殿町の医療機器ベンチャーが、小型の細胞培養モニタリング装置について欧州での販売パートナーを探しています。詳細はビジネス機会のページをご覧ください。"),
						false, List.of("biom"), 0));
		posts.create(biom.get(), new PostDraft(PostKind.EVENT_ANNOUNCEMENT,
				text("BIO-Europe: Treffen Sie die bayerische Delegation", "BIO-Europe: meet the Bavarian delegation",
						"BIO-Europe：バイエルン代表団との面談"),
				text("Am Gemeinschaftsstand von BioM stellen sich zwölf bayerische Unternehmen vor. Partner aus Japan sind herzlich eingeladen.",
						"Twelve Bavarian companies present themselves at BioM's joint stand. Partners from Japan are most welcome.",
						"BioMの共同ブースでバイエルンの12社が出展します。日本のパートナーの皆様のご来訪をお待ちしています。"),
				true, List.of(), 0));
		opportunities.create(kawasakiMember.get(), new OpportunityDraft(OpportunityType.TECHNOLOGY_OFFER,
				text(null, "Compact monitoring device for cell cultures", "細胞培養のための小型モニタリング装置"),
				text(null,
						"A small device that watches cell cultures around the clock and reports contamination early.",
						"細胞培養を24時間監視し、汚染を早期に知らせる小型装置。再生医療の製造現場向け。"),
				List.of("cell-therapy", "Zellkultur", "細胞培養"), DevelopmentStage.PROTOTYPE,
				text(null, "A distributor for medical devices in Germany", "ドイツの医療機器販売代理店"), null, null));
		log.info("Loaded exchange demo data: 3 posts, 1 comment, 1 opportunity");
	}

	private Optional<CurrentUser> user(String username) {
		return accounts.user(username)
			.map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.role(), u.cluster(), u.organization()));
	}

	private static LocalizedText text(@Nullable String de, @Nullable String en, @Nullable String ja) {
		java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
		if (de != null) {
			m.put("de", de);
		}
		if (en != null) {
			m.put("en", en);
		}
		if (ja != null) {
			m.put("ja", ja);
		}
		return new LocalizedText(m);
	}

}
