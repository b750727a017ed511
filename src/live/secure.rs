//! The encrypted channel between two laptops: a Noise handshake
//! (`NNpsk0`, X25519, ChaCha20-Poly1305, BLAKE2s) keyed by the join code,
//! then length-framed messages, each cut into Noise frames. A peer without
//! the code fails the first handshake message; a frame changed on the way
//! fails its tag; a message longer than the limit is refused before it is
//! read.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use crate::i18n::{tr, tr_with};
use snow::StatelessTransportState;

const PARAMS: &str = "Noise_NNpsk0_25519_ChaChaPoly_BLAKE2s";
/// Bound into the handshake: both ends must speak this version.
const PROLOGUE: &[u8] = b"powermap live session, version 1";
const TAG: usize = 16;
const FRAME: usize = 65_535;
const CHUNK: usize = FRAME - TAG;
/// The longest message a peer may send: a whole map of many thousand
/// stakeholders fits with room to spare.
pub const MAX_MESSAGE: usize = 64 * 1024 * 1024;
/// How long a handshake may take before the connection is dropped.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a channel failed or a message was refused.
#[derive(Debug, thiserror::Error)]
pub enum ChannelError {
    #[error("{}", tr_with("live-network-failed", &[("problem", .0.to_string().into())]))]
    Io(#[from] std::io::Error),
    #[error("{}", tr("live-code-refused"))]
    Refused,
    #[error("{}", tr("live-closed"))]
    Closed,
    #[error("{}", tr_with("live-message-too-large", &[("bytes", (*.0).into()), ("most", MAX_MESSAGE.into())]))]
    TooLarge(usize),
    #[error("{}", tr("live-garbled"))]
    Garbled,
    #[error("{}", tr_with("live-no-encryption", &[("problem", .0.to_string().into())]))]
    Noise(#[from] snow::Error),
}

/// Sends messages on a channel.
pub struct Sender {
    stream: TcpStream,
    noise: Arc<StatelessTransportState>,
    nonce: u64,
}

/// Receives messages from a channel.
pub struct Receiver {
    stream: TcpStream,
    noise: Arc<StatelessTransportState>,
    nonce: u64,
}

fn builder(key: &[u8; 32]) -> Result<snow::Builder<'_>, ChannelError> {
    let params = PARAMS.parse().map_err(ChannelError::Noise)?;
    Ok(snow::Builder::new(params).prologue(PROLOGUE)?.psk(0, key)?)
}

fn write_frame(stream: &mut TcpStream, frame: &[u8]) -> Result<(), ChannelError> {
    let len = u16::try_from(frame.len()).map_err(|_| ChannelError::TooLarge(frame.len()))?;
    let mut out = Vec::with_capacity(frame.len() + 2);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(frame);
    stream.write_all(&out)?;
    Ok(())
}

fn read_frame(stream: &mut TcpStream) -> Result<Vec<u8>, ChannelError> {
    let mut len = [0u8; 2];
    match stream.read_exact(&mut len) {
        Err(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => {
            return Err(ChannelError::Closed);
        }
        other => other?,
    }
    let mut frame = vec![0u8; u16::from_be_bytes(len) as usize];
    match stream.read_exact(&mut frame) {
        Err(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => Err(ChannelError::Closed),
        Err(err) => Err(err.into()),
        Ok(()) => Ok(frame),
    }
}

fn split(
    stream: TcpStream,
    noise: StatelessTransportState,
) -> Result<(Sender, Receiver), ChannelError> {
    stream.set_read_timeout(None)?;
    stream.set_nodelay(true)?;
    let noise = Arc::new(noise);
    let sender = Sender {
        stream: stream.try_clone()?,
        noise: Arc::clone(&noise),
        nonce: 0,
    };
    Ok((
        sender,
        Receiver {
            stream,
            noise,
            nonce: 0,
        },
    ))
}

/// The joining side's handshake.
pub fn connect(mut stream: TcpStream, key: &[u8; 32]) -> Result<(Sender, Receiver), ChannelError> {
    stream.set_read_timeout(Some(HANDSHAKE_TIMEOUT))?;
    let mut handshake = builder(key)?.build_initiator()?;
    let mut buf = vec![0u8; FRAME];
    let n = handshake.write_message(&[], &mut buf)?;
    write_frame(&mut stream, &buf[..n])?;
    let reply = match read_frame(&mut stream) {
        Ok(reply) => reply,
        Err(ChannelError::Closed) => return Err(ChannelError::Refused),
        Err(ChannelError::Io(err)) if err.kind() == std::io::ErrorKind::ConnectionReset => {
            return Err(ChannelError::Refused);
        }
        Err(err) => return Err(err),
    };
    handshake
        .read_message(&reply, &mut buf)
        .map_err(|_| ChannelError::Refused)?;
    split(stream, handshake.into_stateless_transport_mode()?)
}

/// The host's side of the handshake; `Err(Refused)` for a wrong code.
pub fn accept(mut stream: TcpStream, key: &[u8; 32]) -> Result<(Sender, Receiver), ChannelError> {
    stream.set_read_timeout(Some(HANDSHAKE_TIMEOUT))?;
    let mut handshake = builder(key)?.build_responder()?;
    let mut buf = vec![0u8; FRAME];
    let first = read_frame(&mut stream)?;
    handshake
        .read_message(&first, &mut buf)
        .map_err(|_| ChannelError::Refused)?;
    let n = handshake.write_message(&[], &mut buf)?;
    write_frame(&mut stream, &buf[..n])?;
    split(stream, handshake.into_stateless_transport_mode()?)
}

impl Sender {
    /// Sends one message, encrypted, in as many frames as it takes.
    pub fn send(&mut self, message: &[u8]) -> Result<(), ChannelError> {
        if message.len() > MAX_MESSAGE {
            return Err(ChannelError::TooLarge(message.len()));
        }
        let mut plain = Vec::with_capacity(message.len() + 4);
        plain.extend_from_slice(&(message.len() as u32).to_be_bytes());
        plain.extend_from_slice(message);
        let mut out = Vec::with_capacity(plain.len() + plain.len() / CHUNK * (TAG + 2) + TAG + 2);
        let mut frame = vec![0u8; FRAME];
        for chunk in plain.chunks(CHUNK) {
            let n = self.noise.write_message(self.nonce, chunk, &mut frame)?;
            self.nonce += 1;
            out.extend_from_slice(&(n as u16).to_be_bytes());
            out.extend_from_slice(&frame[..n]);
        }
        self.stream.write_all(&out)?;
        Ok(())
    }

    /// Sends the first frame of a message that claims to be `total` bytes
    /// long, and nothing more: what a hostile peer may send.
    #[cfg(test)]
    pub(crate) fn send_claiming(&mut self, total: u32) -> Result<(), ChannelError> {
        let mut frame = vec![0u8; FRAME];
        let n = self
            .noise
            .write_message(self.nonce, &total.to_be_bytes(), &mut frame)?;
        self.nonce += 1;
        let mut out = (n as u16).to_be_bytes().to_vec();
        out.extend_from_slice(&frame[..n]);
        self.stream.write_all(&out)?;
        Ok(())
    }

    /// Closes the connection both ways; the receiving thread wakes with `Closed`.
    pub fn close(&self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }
}

impl Receiver {
    /// Closes the connection both ways, as [`Sender::close`] does: a
    /// thread blocked sending on it wakes with an error.
    pub fn close(&self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }

    fn read_chunk(&mut self, plain: &mut [u8]) -> Result<usize, ChannelError> {
        let frame = read_frame(&mut self.stream)?;
        let n = self
            .noise
            .read_message(self.nonce, &frame, plain)
            .map_err(|_| ChannelError::Garbled)?;
        self.nonce += 1;
        Ok(n)
    }

    /// The next whole message; blocks until it has come.
    pub fn receive(&mut self) -> Result<Vec<u8>, ChannelError> {
        let mut plain = vec![0u8; FRAME];
        let n = self.read_chunk(&mut plain)?;
        if n < 4 {
            return Err(ChannelError::Garbled);
        }
        let length = &plain[..4];
        let total = u32::from_be_bytes([length[0], length[1], length[2], length[3]]) as usize;
        if total > MAX_MESSAGE {
            return Err(ChannelError::TooLarge(total));
        }
        let mut message = Vec::with_capacity(total);
        message.extend_from_slice(&plain[4..n]);
        while message.len() < total {
            let n = self.read_chunk(&mut plain)?;
            message.extend_from_slice(&plain[..n]);
        }
        if message.len() != total {
            return Err(ChannelError::Garbled);
        }
        Ok(message)
    }
}
