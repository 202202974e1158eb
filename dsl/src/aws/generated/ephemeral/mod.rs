//! Generated ephemeral bindings. Do not edit; regenerate (see `codegen/bindings/aws.txt`).
