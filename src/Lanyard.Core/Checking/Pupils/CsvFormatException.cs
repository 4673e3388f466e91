namespace Lanyard.Core.Checking.Pupils;

/// <summary>A CSV file that cannot be used, with where the problem is. Nothing from the file was used.</summary>
public sealed class CsvFormatException : Exception
{
    /// <summary>An error at a line and column.</summary>
    public CsvFormatException(int line, int column, string problem)
        : base($"line {line}, column {column}: {problem}")
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>An error without a position.</summary>
    public CsvFormatException(string message)
        : base(message)
    {
        Problem = message;
    }

    /// <summary>An error without a position, with its cause.</summary>
    public CsvFormatException(string message, Exception inner)
        : base(message, inner)
    {
        Problem = message;
    }

    /// <summary>An error without detail.</summary>
    public CsvFormatException()
        : this("The CSV file cannot be read.")
    {
    }

    /// <summary>1-based line, or 0.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0.</summary>
    public int Column { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Problem { get; }
}
