//! The join code: a short secret read aloud in the room, from which both
//! ends derive the key that encrypts and authenticates the session; and
//! the host's limit on wrong codes.

use crate::i18n::tr_with;
use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Letters and digits that cannot be mistaken for one another aloud or on
/// a projector (no 0/O, 1/I/L, U/V).
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";
/// Characters in a code, written in groups of four: 12 of 29 symbols are
/// about 58 bits.
const LENGTH: usize = 12;
/// Salt of the key derivation: the same for every session, so both ends
/// derive the same key from the code alone.
const SALT: &[u8] = b"powermap live session, version 1";
/// The salt of the document id on a sync server (`document_id_bytes`).
const DOCUMENT_SALT: &[u8] = b"powermap sync server document, version 1";

/// A join code, normalized (upper case, no separators).
#[derive(Clone, PartialEq, Eq)]
pub struct JoinCode(String);

impl std::fmt::Debug for JoinCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never in a log.
        f.write_str("JoinCode(…)")
    }
}

/// Why a typed join code is refused before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("{}", tr_with("live-code-length", &[("length", LENGTH.into()), ("count", (*.0).into())]))]
    Length(usize),
    #[error("{}", tr_with("live-code-character", &[("char", .0.to_string().into())]))]
    Character(char),
    #[error("{}", tr_with("live-code-random", &[("problem", .0.as_str().into())]))]
    Random(String),
}

impl JoinCode {
    /// A new random code.
    pub fn generate() -> Result<Self, CodeError> {
        let mut bytes = [0u8; LENGTH];
        getrandom::fill(&mut bytes).map_err(|err| CodeError::Random(err.to_string()))?;
        // 256 is not a multiple of 29; the bias (under 1 %) costs a
        // fraction of a bit of the 58.
        let code = bytes
            .iter()
            .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
            .collect();
        Ok(Self(code))
    }

    /// Reads a code as typed: any case, with or without dashes or spaces.
    pub fn parse(text: &str) -> Result<Self, CodeError> {
        let mut code = String::with_capacity(LENGTH);
        for c in text.chars().filter(|c| !matches!(c, '-' | ' ' | '\t')) {
            let upper = c.to_ascii_uppercase();
            if !upper.is_ascii() || !ALPHABET.contains(&(upper as u8)) {
                return Err(CodeError::Character(c));
            }
            code.push(upper);
        }
        if code.chars().count() != LENGTH {
            return Err(CodeError::Length(code.chars().count()));
        }
        Ok(Self(code))
    }

    /// The code as shown and read aloud: "K7QM-4PXR-2HTW".
    pub fn display(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        chars
            .chunks(4)
            .map(|group| group.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// The session key: Argon2id of the code, so that guessing codes
    /// against a recorded handshake costs memory and time per guess.
    pub fn key(&self) -> [u8; 32] {
        let mut key = [0u8; 32];
        // 19 MiB, 2 passes: OWASP's minimum for Argon2id.
        let params = argon2::Params::new(19 * 1024, 2, 1, Some(32)).unwrap_or_default();
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        // Cannot fail: the salt, output length and parameters are fixed and valid.
        let _ = argon.hash_password_into(self.0.as_bytes(), SALT, &mut key);
        key
    }
}

impl JoinCode {
    /// The id of the map's document on an automerge-repo sync server:
    /// Argon2id of the code with a salt of its own, so the id on the
    /// server is not the session key, and finding the document takes the
    /// code.
    pub(crate) fn document_id_bytes(&self) -> [u8; 16] {
        let mut id = [0u8; 16];
        let params = argon2::Params::new(19 * 1024, 2, 1, Some(16)).unwrap_or_default();
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        // Cannot fail: the salt, output length and parameters are fixed and valid.
        let _ = argon.hash_password_into(self.0.as_bytes(), DOCUMENT_SALT, &mut id);
        // Shaped as a random (version 4) UUID: automerge-repo refuses
        // document ids that are not valid UUIDs.
        id[6] = (id[6] & 0x0f) | 0x40;
        id[8] = (id[8] & 0x3f) | 0x80;
        id
    }
}

/// How many wrong codes one address may try, and how long it then waits.
#[derive(Clone, Copy, Debug)]
pub struct RateLimit {
    pub failures: u32,
    pub window: Duration,
    pub lockout: Duration,
}

impl Default for RateLimit {
    fn default() -> Self {
        Self {
            failures: 5,
            window: Duration::from_secs(60),
            lockout: Duration::from_secs(60),
        }
    }
}

/// The host's record of wrong codes by address.
#[derive(Debug, Default)]
pub struct Attempts {
    limit: RateLimit,
    by_address: HashMap<IpAddr, (u32, Instant)>,
}

impl Attempts {
    pub fn new(limit: RateLimit) -> Self {
        Self {
            limit,
            by_address: HashMap::new(),
        }
    }

    /// Whether `address` may try a code now.
    pub fn allowed(&mut self, address: IpAddr, now: Instant) -> bool {
        let limit = self.limit;
        self.by_address.retain(|_, (_, since)| {
            now.saturating_duration_since(*since) < limit.window + limit.lockout
        });
        match self.by_address.get(&address) {
            Some((failures, since)) if *failures >= limit.failures => {
                now.saturating_duration_since(*since) >= limit.lockout
            }
            _ => true,
        }
    }

    /// Counts a wrong code from `address`.
    pub fn failed(&mut self, address: IpAddr, now: Instant) {
        let limit = self.limit;
        let entry = self.by_address.entry(address).or_insert((0, now));
        if now.saturating_duration_since(entry.1) >= limit.window && entry.0 < limit.failures {
            *entry = (0, now);
        }
        entry.0 += 1;
        entry.1 = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_however_they_are_typed() {
        let code = JoinCode::generate().unwrap();
        let shown = code.display();
        assert_eq!(shown.len(), LENGTH + 2);
        assert_eq!(JoinCode::parse(&shown).unwrap(), code);
        assert_eq!(
            JoinCode::parse(&shown.to_lowercase().replace('-', " ")).unwrap(),
            code
        );
    }

    #[test]
    fn mistyped_codes_are_refused_with_the_reason() {
        assert_eq!(JoinCode::parse("K7QM-4PXR"), Err(CodeError::Length(8)));
        assert_eq!(
            JoinCode::parse("K7QM-4PXR-2HT0"),
            Err(CodeError::Character('0'))
        );
        assert_eq!(
            JoinCode::parse("K7QM-4PXR-2HTé"),
            Err(CodeError::Character('é'))
        );
    }

    #[test]
    fn the_key_depends_on_the_code_only() {
        let a = JoinCode::parse("K7QM-4PXR-2HTW").unwrap();
        let b = JoinCode::parse("K7QM-4PXR-2HTX").unwrap();
        assert_eq!(a.key(), a.key());
        assert_ne!(a.key(), b.key());
    }

    #[test]
    fn an_address_that_keeps_guessing_is_locked_out_then_let_back() {
        let limit = RateLimit {
            failures: 3,
            window: Duration::from_secs(60),
            lockout: Duration::from_secs(30),
        };
        let mut attempts = Attempts::new(limit);
        let guesser: IpAddr = [127, 0, 0, 9].into();
        let other: IpAddr = [127, 0, 0, 10].into();
        let start = Instant::now();
        for _ in 0..3 {
            assert!(attempts.allowed(guesser, start));
            attempts.failed(guesser, start);
        }
        assert!(!attempts.allowed(guesser, start + Duration::from_secs(10)));
        assert!(attempts.allowed(other, start + Duration::from_secs(10)));
        assert!(attempts.allowed(guesser, start + Duration::from_secs(31)));
    }
}
