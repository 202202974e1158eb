// Three required strings could be swapped silently, so `RdsClusterInstance::new` takes them
// by name (`RdsClusterInstanceArgs`); positional arguments do not compile.
use tfdr::aws::RdsClusterInstance;

fn main() {
    let _ = RdsClusterInstance::new("db.r6g.large", "aurora-postgresql", "cluster-1");
}
