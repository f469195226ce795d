//! Korean particles after a formatted value: `주문을` but `사과를`, `7을` but `2를`, `서울로` but
//! `부산으로`, chosen from the last sound of the value as Korean reads it. The derive writes a
//! `Particled` for each pair a `detail_ko` template has right after a placeholder.

use core::fmt;

/// A particle whose form depends on whether the word before it ends in a consonant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Particle {
    /// 을(를)
    EulReul,
    /// 이(가)
    IGa,
    /// 은(는)
    EunNeun,
    /// 과(와)
    GwaWa,
    /// (으)로: ㄹ takes 로, as a vowel does.
    EuroRo,
    /// (이)나
    INa,
    /// (이)라
    IRa,
    /// 아(야)
    AYa,
}

/// How the value before a particle ends, as it is read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// A vowel: 사과, 2 (이), A (에이).
    Vowel,
    /// ㄹ: 서울, 7 (칠), L (엘); (으)로 takes 로 after it.
    Rieul,
    /// Any other final consonant: 주문, 3 (삼), 10 (십), M (엠).
    Consonant,
}

impl Particle {
    /// The form after a value ending as `ending`, or the pair as written when nothing can be
    /// read (an emoji, a symbol, nothing at all).
    pub const fn after(self, ending: Option<Ending>) -> &'static str {
        let Some(ending) = ending else {
            return self.written();
        };
        let consonant = !matches!(ending, Ending::Vowel);
        match self {
            Particle::EulReul => pick(consonant, "을", "를"),
            Particle::IGa => pick(consonant, "이", "가"),
            Particle::EunNeun => pick(consonant, "은", "는"),
            Particle::GwaWa => pick(consonant, "과", "와"),
            Particle::EuroRo => pick(matches!(ending, Ending::Consonant), "으로", "로"),
            Particle::INa => pick(consonant, "이나", "나"),
            Particle::IRa => pick(consonant, "이라", "라"),
            Particle::AYa => pick(consonant, "아", "야"),
        }
    }

    /// The pair as a template writes it.
    pub const fn written(self) -> &'static str {
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
}

const fn pick(first: bool, yes: &'static str, no: &'static str) -> &'static str {
    if first { yes } else { no }
}

/// A value and the particle after it: the value as formatted, then the particle's form for
/// its last sound. The value is written straight through to the formatter while its ending is
/// read, so nothing is buffered.
pub struct Particled<'a>(pub &'a fmt::Arguments<'a>, pub Particle);

impl fmt::Display for Particled<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut reader = Reader {
            out: f,
            sound: Sound::default(),
        };
        fmt::write(&mut reader, *self.0)?;
        let ending = reader.sound.ending();
        reader.out.write_str(self.1.after(ending))
    }
}

/// Forwards what is written to `out` and reads its last sound on the way.
struct Reader<'a, 'b> {
    out: &'a mut fmt::Formatter<'b>,
    sound: Sound,
}

impl fmt::Write for Reader<'_, '_> {
    fn write_str(&mut self, chunk: &str) -> fmt::Result {
        for c in chunk.chars() {
            self.sound.push(c);
        }
        self.out.write_str(chunk)
    }
}

/// The last sound of the text read so far.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sound {
    /// The ending of the last readable character, `None` when the last one was unreadable.
    last: Option<Ending>,
    /// The trailing zeros of the number being read (`100` has two), which decide how it ends
    /// in Korean: 십, 백, 천, 만, 억, 조, 경.
    zeros: u32,
    /// The last character was a digit (or a comma or point inside a number, kept in `mark`).
    in_number: bool,
    /// A `,` or `.` right after a digit: a thousands separator or a decimal point, unless no
    /// digit follows.
    mark: Option<char>,
    /// A decimal point was read in this number: digits after it are read one by one.
    fraction: bool,
}

impl Sound {
    /// The ending of `text`.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> Option<Ending> {
        let mut sound = Sound::default();
        for c in text.chars() {
            sound.push(c);
        }
        sound.ending()
    }

    /// The ending, once everything is read.
    pub(crate) fn ending(&self) -> Option<Ending> {
        if self.mark.is_some() {
            // `7,` or `7.`: the text ends in punctuation.
            return None;
        }
        self.last
    }

    /// Reads one more character.
    pub(crate) fn push(&mut self, c: char) {
        if let Some(digit) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            if !self.in_number {
                self.zeros = 0;
                self.fraction = false;
            }
            // A comma inside a number is a thousands separator: the number goes on.
            if self.mark.take() == Some('.') {
                self.fraction = true;
                self.zeros = 0;
            }
            self.in_number = true;
            self.last = Some(if self.fraction {
                digit_ending(digit)
            } else {
                if digit == 0 {
                    self.zeros += 1;
                } else {
                    self.zeros = 0;
                }
                number_ending(digit, self.zeros)
            });
            return;
        }
        if self.in_number && self.mark.is_none() && (c == ',' || (c == '.' && !self.fraction)) {
            self.mark = Some(c);
            return;
        }
        self.in_number = false;
        self.mark = None;
        // Closing quotes and brackets are not read: `'사과'를`, `(7)을`.
        if matches!(
            c,
            '"' | '\'' | ')' | ']' | '}' | '>' | '’' | '”' | '」' | '』' | '》' | '〉' | '）'
        ) {
            return;
        }
        self.last = char_ending(c);
    }
}

/// A digit read alone: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구.
const fn digit_ending(digit: u32) -> Ending {
    match digit {
        2 | 4 | 5 | 9 => Ending::Vowel,
        1 | 7 | 8 => Ending::Rieul,
        _ => Ending::Consonant,
    }
}

/// The end of a whole number whose last digit is `digit` and which ends in `zeros` zeros:
/// the digit's own reading, else the unit the zeros make: 십, 백, 천 (1 to 3), 만 (4 to 7),
/// 억 (8 to 11), 조 (12 to 15), 경 (16 and beyond). A number of zeros alone reads 영.
const fn number_ending(digit: u32, zeros: u32) -> Ending {
    if digit != 0 {
        return digit_ending(digit);
    }
    match zeros {
        // 조 alone ends in a vowel; 영, 십, 백, 천, 만, 억 and 경 in a consonant.
        12..=15 => Ending::Vowel,
        _ => Ending::Consonant,
    }
}

/// A letter or syllable read alone.
fn char_ending(c: char) -> Option<Ending> {
    match c {
        // A Hangul syllable: its final consonant (jongseong), ㄹ being the eighth.
        '\u{AC00}'..='\u{D7A3}' => Some(match (c as u32 - 0xAC00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        }),
        // Latin letters by their Korean names: 엘, 알; 엠, 엔; the others end in a vowel
        // (에이, 비, …, 에프, 에이치, 에스, 엑스, 제트).
        'l' | 'L' | 'r' | 'R' => Some(Ending::Rieul),
        'm' | 'M' | 'n' | 'N' => Some(Ending::Consonant),
        'a'..='z' | 'A'..='Z' => Some(Ending::Vowel),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::String;
    use core::fmt::Write;

    use super::*;

    fn particled(value: &str, particle: Particle) -> String {
        let mut out = String::new();
        write!(out, "{}", Particled(&format_args!("{value}"), particle)).unwrap();
        out
    }

    /// Each value with its ending, then every pair after it: the 40-odd kinds of value a
    /// template meets.
    #[test]
    fn every_pair_after_every_kind_of_value() {
        use Ending::{Consonant as C, Rieul as R, Vowel as V};
        let table: &[(&str, Option<Ending>)] = &[
            // Hangul: no final consonant, a final consonant, ㄹ.
            ("사과", Some(V)),
            ("나무", Some(V)),
            ("주문", Some(C)),
            ("책", Some(C)),
            ("부산", Some(C)),
            ("서울", Some(R)),
            ("물", Some(R)),
            ("'사과'", Some(V)),
            ("「주문」", Some(C)),
            // Digits as read: 영 일 이 삼 사 오 육 칠 팔 구.
            ("0", Some(C)),
            ("1", Some(R)),
            ("2", Some(V)),
            ("3", Some(C)),
            ("4", Some(V)),
            ("5", Some(V)),
            ("6", Some(C)),
            ("7", Some(R)),
            ("8", Some(R)),
            ("9", Some(V)),
            // Units: 십 백 천 만 억 조; the last digit otherwise.
            ("10", Some(C)),
            ("20", Some(C)),
            ("100", Some(C)),
            ("1000", Some(C)),
            ("10000", Some(C)),
            ("1,000", Some(C)),
            ("1000000000000", Some(V)),
            ("12", Some(V)),
            ("101", Some(R)),
            ("3.5", Some(V)),
            ("2.0", Some(C)),
            ("(7)", Some(R)),
            // Latin letters by their Korean names, and words by their last letter.
            ("A", Some(V)),
            ("B", Some(V)),
            ("F", Some(V)),
            ("L", Some(R)),
            ("R", Some(R)),
            ("M", Some(C)),
            ("N", Some(C)),
            ("API", Some(V)),
            ("email", Some(R)),
            ("user", Some(R)),
            ("item", Some(C)),
            ("token", Some(C)),
            ("v1.2.3", Some(C)),
            // Nothing to read: the pair stays as written.
            ("", None),
            ("🙂", None),
            ("사과!", None),
            ("7.", None),
            ("x ", None),
        ];
        assert!(table.len() >= 40);
        let forms = |ending: Option<Ending>| -> [&str; 8] {
            match ending {
                Some(V) => ["를", "가", "는", "와", "로", "나", "라", "야"],
                Some(R) => ["을", "이", "은", "과", "로", "이나", "이라", "아"],
                Some(C) => ["을", "이", "은", "과", "으로", "이나", "이라", "아"],
                None => [
                    "을(를)", "이(가)", "은(는)", "과(와)", "(으)로", "(이)나", "(이)라", "아(야)",
                ],
            }
        };
        let pairs = [
            Particle::EulReul,
            Particle::IGa,
            Particle::EunNeun,
            Particle::GwaWa,
            Particle::EuroRo,
            Particle::INa,
            Particle::IRa,
            Particle::AYa,
        ];
        for &(value, ending) in table {
            assert_eq!(Sound::of(value), ending, "{value:?}");
            for (particle, form) in pairs.into_iter().zip(forms(ending)) {
                assert_eq!(
                    particled(value, particle),
                    alloc::format!("{value}{form}"),
                    "{value:?} {particle:?}"
                );
            }
        }
    }

    /// The value is read as it is written, chunk by chunk: a number split across writes ends
    /// as the whole number does.
    #[test]
    fn the_value_is_read_across_chunks() {
        let mut out = String::new();
        let (a, b) = ("10", "00");
        write!(
            out,
            "{}",
            Particled(&format_args!("{a}{b}"), Particle::EuroRo)
        )
        .unwrap();
        assert_eq!(out, "1000으로");
    }
}
