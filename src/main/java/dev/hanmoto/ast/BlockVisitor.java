package dev.hanmoto.ast;

/** One method per {@link Block} type; adding a block type breaks every visitor at compile time. */
public interface BlockVisitor<R> {
    R visitPara(Block.Para b);
    R visitPlain(Block.Plain b);
    R visitHeading(Block.Heading b);
    R visitCodeBlock(Block.CodeBlock b);
    R visitBlockQuote(Block.BlockQuote b);
    R visitBulletList(Block.BulletList b);
    R visitOrderedList(Block.OrderedList b);
    R visitTable(Block.Table b);
    R visitThematicBreak(Block.ThematicBreak b);
    R visitDiv(Block.Div b);
}
