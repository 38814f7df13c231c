const greeting = "こんにちは";
let count = 0;
count = count + 1;
