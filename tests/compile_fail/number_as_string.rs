// `deletion_window_in_days` is a number in the schema; numbers are never strings.
use tfdr::aws::KmsKey;

fn main() {
    let _ = KmsKey::new().deletion_window_in_days("7");
}
