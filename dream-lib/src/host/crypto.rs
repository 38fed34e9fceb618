//! Dream's cryptography, as its host services: AES-256-GCM under SHA-256 of the secret, with
//! Dream's byte layout (`0x00 ‖ nonce(12) ‖ ciphertext ‖ tag(16)`), and the system RNG.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};

/// The first byte of every ciphertext: the cipher's version.
const VERSION: u8 = 0;

/// `n` bytes from the system's random number generator (empty if it fails, which the
/// operating system does not let happen in practice).
pub fn random(n: usize) -> Vec<u8> {
    let mut out = vec![0; n];
    if SystemRandom::new().fill(&mut out).is_err() {
        out.clear();
    }
    out
}

fn key(secret: &[u8]) -> Option<LessSafeKey> {
    let digest = ring::digest::digest(&ring::digest::SHA256, secret);
    UnboundKey::new(&AES_256_GCM, digest.as_ref()).ok().map(LessSafeKey::new)
}

/// Encrypts with a fresh random nonce.
pub fn encrypt(secret: &[u8], associated: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    if SystemRandom::new().fill(&mut nonce).is_err() {
        return vec![];
    }
    encrypt_with(secret, associated, plaintext, nonce)
}

pub fn encrypt_with(secret: &[u8], associated: &[u8], plaintext: &[u8], nonce: [u8; NONCE_LEN]) -> Vec<u8> {
    let Some(key) = key(secret) else { return vec![] };
    let mut sealed = plaintext.to_vec();
    if key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(associated), &mut sealed).is_err() {
        return vec![];
    }
    let mut out = Vec::with_capacity(1 + NONCE_LEN + sealed.len());
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    out
}

/// The plaintext, or `None` for a short or unversioned input or a failed authentication.
pub fn decrypt(secret: &[u8], associated: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < 14 || data.first() != Some(&VERSION) {
        return None;
    }
    let nonce: [u8; NONCE_LEN] = data.get(1..=NONCE_LEN)?.try_into().ok()?;
    let mut sealed = data.get(1 + NONCE_LEN..)?.to_vec();
    let key = key(secret)?;
    let plain = key.open_in_place(Nonce::assume_unique_for_key(nonce), Aad::from(associated), &mut sealed).ok()?;
    Some(plain.to_vec())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// base64url without padding, for comparing with Dream's test vector.
    fn b64url(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
            for i in 0..=chunk.len() {
                out.push(char::from(*ALPHABET.get(((n >> (18 - 6 * i)) & 63) as usize).unwrap()));
            }
        }
        out
    }

    #[test]
    fn dreams_test_vector() {
        let sealed = encrypt_with(b"abc", b"", b"foo", *b"abcdefghijkl");
        assert_eq!(b64url(&sealed), "AGFiY2RlZmdoaWprbAzPcSEY4l7tSiDwIkk8ZfrFQQk");
        assert_eq!(decrypt(b"abc", b"", &sealed).as_deref(), Some(&b"foo"[..]));
    }

    /// The cookie `conformance/dream/cookie.requests` sends: the demo's value under its secret.
    #[test]
    fn the_cookie_demo_transcripts_cookie() {
        let sealed = encrypt_with(b"foo", b"dream.cookie-ui.language", b"ut-OP", *b"mlrun-cookie");
        assert_eq!(b64url(&sealed), "AG1scnVuLWNvb2tpZfGjD9qTMiPzg1lLNptZypNumc42Eg");
        assert_eq!(decrypt(b"foo", b"dream.cookie-ui.language", &sealed).as_deref(), Some(&b"ut-OP"[..]));
    }

    #[test]
    fn wrong_secret_data_or_layout_fail() {
        let sealed = encrypt(b"secret", b"dream.cookie-x", b"value");
        assert_eq!(decrypt(b"secret", b"dream.cookie-x", &sealed).as_deref(), Some(&b"value"[..]));
        assert_eq!(decrypt(b"other", b"dream.cookie-x", &sealed), None);
        assert_eq!(decrypt(b"secret", b"dream.cookie-y", &sealed), None);
        assert_eq!(decrypt(b"secret", b"", b"\x00short"), None);
        let mut unversioned = sealed.clone();
        unversioned[0] = 1;
        assert_eq!(decrypt(b"secret", b"dream.cookie-x", &unversioned), None);
        assert_eq!(random(32).len(), 32);
    }
}
