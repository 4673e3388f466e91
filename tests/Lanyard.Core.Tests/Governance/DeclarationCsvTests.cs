using Lanyard.Core.Governance;

namespace Lanyard.Core.Tests.Governance;

public class DeclarationCsvTests
{
    [Theory]
    [InlineData("Plain", "Plain")]
    [InlineData("Smith, Jo", "\"Smith, Jo\"")]
    [InlineData("Say \"hi\"", "\"Say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void Cell_QuotesPerRfc4180_AndGuardsFormulae(string value, string expected) => DeclarationCsv.Cell(value).ShouldBe(expected);
}
