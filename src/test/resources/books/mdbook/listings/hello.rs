use std::env;

// ANCHOR: main
fn main() {
    let name = env::args().nth(1).unwrap_or_else(|| "世界".to_string());
    // ANCHOR: greet
    println!("こんにちは、{}！", name);
    // ANCHOR_END: greet
}
// ANCHOR_END: main

// ANCHOR: helper
fn shout(text: &str) -> String {
    text.to_uppercase()
}
// ANCHOR_END: helper
