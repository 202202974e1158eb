//! The instances' user data: a bash script that installs the trading API
//! (`modules/functions/trading-web/app.py`, embedded verbatim), writes its settings, makes
//! a self-signed certificate for the load balancer → instance hop, and starts it under
//! systemd as an unprivileged user.
//!
//! The script is the same text for every synth (no timestamps, no randomness); the only
//! value Terraform fills in is the database endpoint, so the launch template's `user_data`
//! is `base64encode("<script>")` with that one reference inside. EC2 accepts at most
//! [`MAX_USER_DATA_BYTES`] before encoding; a test holds the script under it.

use tfdr_dsl::{template, Expr, IntoTemplatePart, Region};

use crate::values::{ApiPath, AppPort};

/// The trading API the instances run (Python 3.9+, standard library only).
pub const APP_PY: &str = include_str!("../../functions/trading-web/app.py");

/// What only a healthy answer of the health route contains (`app.py`'s `HEALTH_MATCH`,
/// checked by a test): the search string of a Route 53 `HTTPS_STR_MATCH` health check.
pub const HEALTH_MATCH: &str = "\"trading_status\": \"OPEN\"";

/// The largest user data EC2 accepts, in bytes before base64 encoding.
pub const MAX_USER_DATA_BYTES: usize = 16 * 1024;

/// The here-document delimiters; `app.py` must not contain a line equal to either.
const APP_EOF: &str = "TFDR_TRADING_APP_EOF";
const ENV_EOF: &str = "TFDR_TRADING_ENV_EOF";
const UNIT_EOF: &str = "TFDR_TRADING_UNIT_EOF";

/// What the script configures.
pub(crate) struct Settings<'a> {
    pub region: Region,
    pub db_port: u16,
    pub app_port: AppPort,
    pub health_path: &'a ApiPath,
    pub live_path: &'a ApiPath,
}

/// A piece of the script: literal text, or the database host Terraform fills in.
enum Part {
    Text(String),
    DbHost,
}

fn parts(s: &Settings<'_>) -> Vec<Part> {
    let head = format!(
        r#"#!/bin/bash
# tfdr web tier: the trading API (modules/functions/trading-web/app.py), served over
# HTTPS on port {port} to the load balancer, as the unprivileged user `trading`.
set -euo pipefail
umask 022
install -d -m 0755 /opt/trading
cat > /opt/trading/app.py <<'{APP_EOF}'
{APP_PY}{APP_EOF}
id trading >/dev/null 2>&1 || useradd --system --no-create-home --shell /sbin/nologin trading
install -d -m 0750 -o root -g trading /etc/trading
cat > /etc/trading/app.env <<'{ENV_EOF}'
TRADING_DB_HOST="#,
        port = s.app_port.get(),
    );
    let tail = format!(
        r#"
TRADING_DB_PORT={db_port}
TRADING_APP_PORT={port}
TRADING_HEALTH_PATH={health}
TRADING_LIVE_PATH={live}
TRADING_REGION={region}
TRADING_CERT=/etc/trading/cert.pem
TRADING_KEY=/etc/trading/key.pem
{ENV_EOF}
# A self-signed certificate for the load balancer -> instance hop (the load balancer
# encrypts to its targets but does not validate their certificates).
command -v openssl >/dev/null 2>&1 || dnf install -y openssl
openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=trading-web" \
    -keyout /etc/trading/key.pem -out /etc/trading/cert.pem
chown root:trading /etc/trading/key.pem /etc/trading/cert.pem /etc/trading/app.env
chmod 0640 /etc/trading/key.pem /etc/trading/cert.pem /etc/trading/app.env
cat > /etc/systemd/system/trading.service <<'{UNIT_EOF}'
[Unit]
Description=Trading API (tfdr web tier)
After=network-online.target
Wants=network-online.target

[Service]
User=trading
Group=trading
EnvironmentFile=/etc/trading/app.env
ExecStart=/usr/bin/python3 /opt/trading/app.py
Restart=always
RestartSec=2
NoNewPrivileges=true
ProtectSystem=strict
ProtectHome=true
PrivateTmp=true

[Install]
WantedBy=multi-user.target
{UNIT_EOF}
systemctl daemon-reload
systemctl enable --now trading.service
"#,
        db_port = s.db_port,
        port = s.app_port.get(),
        health = s.health_path.as_str(),
        live = s.live_path.as_str(),
        region = s.region.as_str(),
    );
    vec![Part::Text(head), Part::DbHost, Part::Text(tail)]
}

/// The script with `db_host` filled in by Terraform.
pub(crate) fn script(s: &Settings<'_>, db_host: &Expr<String>) -> Expr<String> {
    template(
        parts(s)
            .into_iter()
            .map(|p| match p {
                Part::Text(t) => t.into_template_part(),
                Part::DbHost => db_host.clone().into_template_part(),
            })
            .collect(),
    )
}

/// `base64encode(<script>)`: the launch template's `user_data`.
pub(crate) fn user_data(s: &Settings<'_>, db_host: &Expr<String>) -> Expr<String> {
    Expr::call("base64encode", [script(s, db_host).into_raw()])
}

/// The script with a literal database host: what an instance receives (tests).
#[cfg(test)]
pub(crate) fn script_text(s: &Settings<'_>, db_host: &str) -> String {
    parts(s)
        .into_iter()
        .map(|p| match p {
            Part::Text(t) => t,
            Part::DbHost => db_host.to_string(),
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn settings_for<'a>(health: &'a ApiPath, live: &'a ApiPath) -> Settings<'a> {
        Settings {
            region: Region::EuCentral1,
            db_port: 5432,
            app_port: AppPort::new(8443).unwrap(),
            health_path: health,
            live_path: live,
        }
    }

    #[test]
    fn the_health_marker_is_the_apps() {
        let line = format!("HEALTH_MATCH = '{HEALTH_MATCH}'");
        assert!(APP_PY.lines().any(|l| l == line), "app.py has no `{line}`");
    }

    #[test]
    fn the_script_embeds_the_app_and_its_settings() {
        let (health, live) = ("/health".parse().unwrap(), "/live".parse().unwrap());
        let text = script_text(
            &settings_for(&health, &live),
            "db.cluster-x.eu-central-1.rds.amazonaws.com",
        );
        assert!(text.starts_with("#!/bin/bash\n"));
        assert!(text.contains(APP_PY));
        assert!(text.contains("trading_status"));
        for line in [
            "TRADING_DB_HOST=db.cluster-x.eu-central-1.rds.amazonaws.com",
            "TRADING_DB_PORT=5432",
            "TRADING_APP_PORT=8443",
            "TRADING_HEALTH_PATH=/health",
            "TRADING_LIVE_PATH=/live",
            "TRADING_REGION=eu-central-1",
            "User=trading",
            "systemctl enable --now trading.service",
        ] {
            assert!(text.lines().any(|l| l == line), "no line `{line}`");
        }
        // The here-documents end where they should: no line of the app closes them.
        for eof in [APP_EOF, ENV_EOF, UNIT_EOF] {
            assert!(!APP_PY.lines().any(|l| l == eof), "{eof} in app.py");
            assert_eq!(text.lines().filter(|l| *l == eof).count(), 1, "{eof}");
        }
        // Terraform template syntax never appears in the literal text.
        assert!(!text.contains("${") && !text.contains("%{"));
        assert!(text.len() < MAX_USER_DATA_BYTES, "{} bytes", text.len());
    }

    #[test]
    fn bash_accepts_the_script() {
        let (health, live) = ("/health".parse().unwrap(), "/live".parse().unwrap());
        let text = script_text(&settings_for(&health, &live), "db.example.internal");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user-data.sh");
        std::fs::write(&path, text).unwrap();
        let out = std::process::Command::new("bash")
            .arg("-n")
            .arg(&path)
            .output();
        match out {
            Ok(out) => assert!(
                out.status.success(),
                "bash -n: {}",
                String::from_utf8_lossy(&out.stderr)
            ),
            Err(e) => eprintln!("bash not available ({e}); syntax check skipped"),
        }
    }
}
