//! The Korean particle pairs a template may write right after a placeholder (`{0}을(를)`): which
//! pairs exist, and how one is recognised in the text that follows a placeholder.

/// A particle whose form depends on the sound the word before it ends in; the runtime's
/// `statuskit::__private::Particle` has a variant of the same name for each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Particle {
    /// 을(를): object.
    EulReul,
    /// 이(가): subject.
    IGa,
    /// 은(는): topic.
    EunNeun,
    /// 과(와): "and", "with".
    GwaWa,
    /// (으)로: direction, means; ㄹ takes 로.
    EuroRo,
    /// (이)나: "or".
    INa,
    /// (이)라: "called", quotation.
    IRa,
    /// 아(야): vocative.
    AYa,
}

impl Particle {
    /// Every pair, in the order messages list them.
    pub(crate) const ALL: [Particle; 8] = [
        Particle::EulReul,
        Particle::IGa,
        Particle::EunNeun,
        Particle::GwaWa,
        Particle::EuroRo,
        Particle::INa,
        Particle::IRa,
        Particle::AYa,
    ];

    /// The pair as a template writes it, and as it stays when no sound can be read.
    pub(crate) const fn written(self) -> &'static str {
        match self {
            Particle::EulReul => "을(를)",
            Particle::IGa => "이(가)",
            Particle::EunNeun => "은(는)",
            Particle::GwaWa => "과(와)",
            Particle::EuroRo => "(으)로",
            Particle::INa => "(이)나",
            Particle::IRa => "(이)라",
            Particle::AYa => "아(야)",
        }
    }

    /// The name of the runtime's variant.
    pub(crate) const fn variant(self) -> &'static str {
        match self {
            Particle::EulReul => "EulReul",
            Particle::IGa => "IGa",
            Particle::EunNeun => "EunNeun",
            Particle::GwaWa => "GwaWa",
            Particle::EuroRo => "EuroRo",
            Particle::INa => "INa",
            Particle::IRa => "IRa",
            Particle::AYa => "AYa",
        }
    }
}

/// Syllables that stand on either side of a `X(Y)` pair in Korean particles: a pair made of
/// them that is not one of [`Particle::ALL`] is a mistake, where `개(총)` is just text.
const PAIR_SYLLABLES: &str = "을를이가은는과와아야으로나라랑며여다고도의에";

/// What the text right after a placeholder starts with: a known pair and its length in bytes,
/// nothing pair-like (`Ok(None)`), or a pair-like text that is no known pair (`Err(it)`).
pub(crate) fn after_placeholder(text: &str) -> Result<Option<(Particle, usize)>, String> {
    for particle in Particle::ALL {
        if text.starts_with(particle.written()) {
            return Ok(Some((particle, particle.written().len())));
        }
    }
    let chars: Vec<char> = text.chars().take(4).collect();
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    let pairable = |c: char| PAIR_SYLLABLES.contains(c);
    let pair_like = match chars[..] {
        // 를(을), 이(을)
        [x, '(', y, ')', ..] => pairable(x) && pairable(y),
        // (으)나, (이)랑
        ['(', x, ')', y, ..] => (x == '이' || x == '으') && hangul(y),
        _ => false,
    };
    if pair_like {
        Err(chars.iter().collect())
    } else {
        Ok(None)
    }
}

/// The pairs, for error messages: `을(를), 이(가), …`.
pub(crate) fn known_pairs() -> String {
    Particle::ALL
        .iter()
        .map(|particle| particle.written())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_recognised_and_lookalikes_rejected() {
        assert_eq!(
            after_placeholder("을(를) 찾을 수 없습니다"),
            Ok(Some((Particle::EulReul, "을(를)".len())))
        );
        assert_eq!(
            after_placeholder("(으)로 이동"),
            Ok(Some((Particle::EuroRo, "(으)로".len())))
        );
        assert_eq!(after_placeholder("를(을) 찾을"), Err("를(을)".into()));
        assert_eq!(after_placeholder("(으)나"), Err("(으)나".into()));
        assert_eq!(after_placeholder("(이)랑"), Err("(이)랑".into()));
        assert_eq!(after_placeholder("개(총)"), Ok(None));
        assert_eq!(after_placeholder(" 건"), Ok(None));
        assert_eq!(after_placeholder(""), Ok(None));
    }

    /// The derive's pairs are the runtime's, variant for variant: the two lists live in two
    /// crates (a proc-macro cannot share the runtime's types), so this keeps them in step.
    #[test]
    fn every_pair_is_the_runtime_s() {
        use statuskit::__private::Particle as Runtime;
        let runtime = [
            Runtime::EulReul,
            Runtime::IGa,
            Runtime::EunNeun,
            Runtime::GwaWa,
            Runtime::EuroRo,
            Runtime::INa,
            Runtime::IRa,
            Runtime::AYa,
        ];
        assert_eq!(Particle::ALL.len(), runtime.len());
        for (ours, theirs) in Particle::ALL.into_iter().zip(runtime) {
            assert_eq!(ours.variant(), format!("{theirs:?}"));
            assert_eq!(ours.written(), theirs.written());
        }
    }
}
