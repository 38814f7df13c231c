const fruits = ["りんご", "みかん", "ぶどう"];

/// [slice]
const some = fruits.slice(0, 2);
const sorted = [...fruits].sort();
console.log(sorted);
/// [slice]
