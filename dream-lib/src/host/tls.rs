//! The TLS configuration for `Dream.run ~tls:true` (rustls with the ring provider). Without
//! certificate files Dream serves a built-in self-signed localhost certificate, so we do too.

use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// The built-in development certificate and its key: a self-signed RSA certificate for CN
/// localhost (also valid for 127.0.0.1), made once with
/// `openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost
///  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -addext basicConstraints=critical,CA:FALSE
/// -days 3650` (not a CA: rustls refuses a CA certificate as a server's own)
/// and embedded in the binary. Its key is public: it is for development only.
pub const LOCALHOST_CERT: &[u8] = include_bytes!("localhost.crt");
const LOCALHOST_KEY: &[u8] = include_bytes!("localhost.key");

/// The server configuration from PEM file paths; both empty means the built-in certificate.
pub fn server_config(certificate_file: &[u8], key_file: &[u8]) -> Result<Arc<rustls::ServerConfig>, String> {
    let (cert_pem, key_pem) = if certificate_file.is_empty() && key_file.is_empty() {
        (LOCALHOST_CERT.to_vec(), LOCALHOST_KEY.to_vec())
    } else {
        (read(certificate_file)?, read(key_file)?)
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|e| format!("bad certificate file: {e}"))?;
    if certs.is_empty() {
        return Err("no certificate in the certificate file".into());
    }
    let key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|e| format!("bad key file: {e}"))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| e.to_string())?;
    // Only HTTP/1.1 is spoken here, so only it is offered (Dream also offers h2).
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

fn read(path: &[u8]) -> Result<Vec<u8>, String> {
    let path = String::from_utf8_lossy(path).into_owned();
    std::fs::read(&path).map_err(|e| format!("cannot read {path}: {e}"))
}
