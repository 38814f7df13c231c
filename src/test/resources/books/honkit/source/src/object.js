const book = { title: "小さな本", pages: 120 };
const books = [book, { title: "大きな本", pages: 480 }];
books.sort((a, b) => a.pages - b.pages);
console.log(books.map((b) => b.title));
