//! Finding sessions on the local network without typing an address: a host
//! announces its session over multicast DNS (the `mdns-sd` crate), and the
//! laptops that want to join list what they hear. Only the map's title,
//! the host's name and the port are announced; the join code never is.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use crate::i18n::tr_with;
use mdns_sd::{ServiceDaemon, ServiceEvent, ServiceInfo};

/// The service type sessions announce themselves under.
pub const SERVICE: &str = "_powermap._tcp.local.";

/// A session heard on the network.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The map's title and the host's name, as the host announced them.
    pub title: String,
    pub host: String,
    pub address: SocketAddr,
}

/// Why the network could not be used for discovery; typing the address
/// still works.
#[derive(Debug, thiserror::Error)]
#[error("{}", tr_with("live-no-discovery", &[("problem", .0.to_string().into())]))]
pub struct DiscoveryError(#[from] mdns_sd::Error);

/// A session's announcement, withdrawn when dropped.
pub struct Announcement {
    daemon: ServiceDaemon,
    fullname: String,
}

impl Announcement {
    /// Announces a session of the map `title` hosted by `host` on `port`.
    pub fn start(title: &str, host: &str, port: u16) -> Result<Self, DiscoveryError> {
        let daemon = ServiceDaemon::new()?;
        // An instance name unique to this laptop and port; the words go in
        // the TXT record, where any script is allowed.
        let instance = format!("powermap-{}-{port}", std::process::id());
        let properties = [("title", clip(title)), ("host", clip(host))];
        let info = ServiceInfo::new(
            SERVICE,
            &instance,
            &format!("{instance}.local."),
            "",
            port,
            &properties[..],
        )?
        .enable_addr_auto();
        let fullname = info.get_fullname().to_owned();
        daemon.register(info)?;
        Ok(Self { daemon, fullname })
    }
}

impl Drop for Announcement {
    fn drop(&mut self) {
        let _ = self.daemon.unregister(&self.fullname);
        let _ = self.daemon.shutdown();
    }
}

/// TXT values are short: a title or name clipped to 100 characters.
fn clip(text: &str) -> String {
    text.chars().take(100).collect()
}

/// The sessions heard so far, kept up to date by a thread of `mdns-sd`'s.
pub struct Browser {
    daemon: ServiceDaemon,
    found: Arc<Mutex<BTreeMap<String, Found>>>,
}

impl Browser {
    /// Starts listening; `wake` is called whenever the list changes.
    pub fn start(wake: super::Wake) -> Result<Self, DiscoveryError> {
        let daemon = ServiceDaemon::new()?;
        let events = daemon.browse(SERVICE)?;
        let found = Arc::new(Mutex::new(BTreeMap::new()));
        let list = Arc::clone(&found);
        std::thread::Builder::new()
            .name("live-discover".to_owned())
            .spawn(crate::i18n::speaking(move || {
                while let Ok(event) = events.recv() {
                    let Ok(mut list) = list.lock() else { return };
                    match event {
                        ServiceEvent::ServiceResolved(service) => {
                            let text = |key| {
                                service
                                    .get_property_val_str(key)
                                    .map(clip)
                                    .unwrap_or_default()
                            };
                            let address = service
                                .get_addresses_v4()
                                .into_iter()
                                .next()
                                .map(|ip| SocketAddr::from((ip, service.get_port())));
                            if let Some(address) = address {
                                list.insert(
                                    service.get_fullname().to_owned(),
                                    Found {
                                        title: text("title"),
                                        host: text("host"),
                                        address,
                                    },
                                );
                            }
                        }
                        ServiceEvent::ServiceRemoved(_, fullname) => {
                            list.remove(&fullname);
                        }
                        _ => continue,
                    }
                    drop(list);
                    wake();
                }
            }))
            .map_err(|err| DiscoveryError(mdns_sd::Error::Msg(err.to_string())))?;
        Ok(Self { daemon, found })
    }

    /// The sessions heard, by title.
    pub fn found(&self) -> Vec<Found> {
        let mut found: Vec<Found> = self
            .found
            .lock()
            .map(|list| list.values().cloned().collect())
            .unwrap_or_default();
        found.sort_by(|a, b| a.title.cmp(&b.title).then(a.address.cmp(&b.address)));
        found
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.daemon.stop_browse(SERVICE);
        let _ = self.daemon.shutdown();
    }
}
