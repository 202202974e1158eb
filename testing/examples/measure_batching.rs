//! Measurement (not a test): how long `terraform init` + `validate` take for one stack
//! as the root module versus N stacks batched as modules of one root.
//!
//! ```text
//! cargo run --release -p tfdr-testing --example measure_batching
//! ```

use serde_json::{json, Value};
use tfdr_testing::terraform::Terraform;

fn stack(bucket_attr: &str, bucket: &str) -> Value {
    json!({
        "terraform": {
            "backend": {"s3": {"bucket": "tfdr-state", "key": "dr.tfstate", "region": "us-east-1"}},
            "required_providers": {
                "aws": {"source": "hashicorp/aws", "version": ">= 5.100.0, < 7.0.0"}
            }
        },
        "provider": {"aws": [
            {"alias": "primary", "region": "us-east-1"},
            {"alias": "dr", "region": "us-east-2"}
        ]},
        "resource": {"aws_s3_bucket": {"replica": {"provider": "aws.dr", bucket_attr: bucket}}}
    })
}

/// Not a check: prints how long init + validate take for 1 stack (root
/// module) versus N stacks batched as modules. Run with
/// `cargo run --release -p tfdr-testing --example measure_batching`.
fn main() {
    let tf = Terraform::require();
    let time = |f: &mut dyn FnMut()| {
        let t = std::time::Instant::now();
        f();
        t.elapsed()
    };
    for round in 1..=3 {
        for n in [1usize, 2, 4] {
            let mut wd = tf.workdir().unwrap();
            if n == 1 {
                let mut s = stack("bucket", "one");
                s["terraform"].as_object_mut().unwrap().remove("backend");
                wd.write_stack(&s).unwrap();
            } else {
                for i in 0..n {
                    wd.add_module(&format!("s{i}"), &stack("bucket", &format!("b{i}")))
                        .unwrap();
                }
            }
            let init = time(&mut || {
                wd.init().unwrap();
            });
            let mut v = None;
            let validate = time(&mut || v = Some(wd.validate().unwrap()));
            v.unwrap().assert_clean();
            eprintln!(
                "round {round}: {n} stack(s): init {:>6.2}s  validate {:>6.2}s  total {:>6.2}s",
                init.as_secs_f64(),
                validate.as_secs_f64(),
                (init + validate).as_secs_f64()
            );
        }
    }
    let mut wd = tf.workdir().unwrap();
    wd.add_module("alpha", &stack("bucket", "a")).unwrap();
    wd.add_module("beta", &stack("bucket_name", "b")).unwrap();
    eprintln!(
        "--- sample failure rendering ---\n{}",
        wd.init_and_validate().unwrap()
    );
}
