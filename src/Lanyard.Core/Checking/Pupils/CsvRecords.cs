using System.Text;

namespace Lanyard.Core.Checking.Pupils;

/// <summary>
/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes.
/// Every field knows its line and column, so a bad value can be reported where it is.
/// </summary>
internal static class CsvRecords
{
    public sealed record Field(string Value, int Line, int Column);

    /// <summary>Reads every record; the first is the header. Throws <see cref="CsvFormatException"/> on an unclosed quote.</summary>
    public static List<List<Field>> Read(TextReader reader)
    {
        var records = new List<List<Field>>();
        var record = new List<Field>();
        var value = new StringBuilder();
        int line = 1, column = 1, fieldLine = 1, fieldColumn = 1;
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    value.Append('"');
                    column += 2;
                    continue;
                }

                if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    value.Append(ch);
                }

                (line, column) = ch == '\n' ? (line + 1, 1) : (line, column + 1);
                continue;
            }

            switch (ch)
            {
                case '"' when value.Length == 0:
                    quoted = true;
                    any = true;
                    column++;
                    break;
                case ',':
                    record.Add(new Field(value.ToString().Trim(), fieldLine, fieldColumn));
                    value.Clear();
                    column++;
                    (fieldLine, fieldColumn) = (line, column);
                    any = true;
                    break;
                case '\r':
                    column++;
                    break;
                case '\n':
                    if (any || value.Length > 0 || record.Count > 0)
                    {
                        record.Add(new Field(value.ToString().Trim(), fieldLine, fieldColumn));
                        records.Add(record);
                    }

                    record = [];
                    value.Clear();
                    any = false;
                    line++;
                    column = 1;
                    (fieldLine, fieldColumn) = (line, column);
                    break;
                default:
                    value.Append(ch);
                    any = true;
                    column++;
                    break;
            }
        }

        if (quoted)
        {
            throw new CsvFormatException(fieldLine, fieldColumn, "a quoted value is never closed");
        }

        if (any || value.Length > 0 || record.Count > 0)
        {
            record.Add(new Field(value.ToString().Trim(), fieldLine, fieldColumn));
            records.Add(record);
        }

        return records;
    }
}
