namespace EGov.Collab.Domain.Common.Search;

/// <summary>M. F. Porter's 1980 stemming algorithm for English (the original definition, steps 1a–5b).</summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2) return word;
        var w = new Word(word);
        w.Step1Ab();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string text)
    {
        private string _b = text;
        private int _j; // end of the stem being tested (exclusive)

        public override string ToString() => _b;

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // The number of vowel-consonant sequences in _b[0.._j).
        private int Measure()
        {
            int n = 0, i = 0;
            while (i < _j && IsConsonant(i)) i++;
            while (i < _j)
            {
                while (i < _j && !IsConsonant(i)) i++;
                if (i >= _j) break;
                n++;
                while (i < _j && IsConsonant(i)) i++;
            }
            return n;
        }

        private bool VowelInStem()
        {
            for (var i = 0; i < _j; i++)
                if (!IsConsonant(i)) return true;
            return false;
        }

        private bool DoubleConsonant(int end) => end >= 2 && _b[end - 1] == _b[end - 2] && IsConsonant(end - 1);

        // consonant-vowel-consonant ending at end-1, the last not w, x or y.
        private bool Cvc(int end) =>
            end >= 3 && IsConsonant(end - 1) && !IsConsonant(end - 2) && IsConsonant(end - 3) && _b[end - 1] is not ('w' or 'x' or 'y');

        private bool Ends(string suffix)
        {
            if (!_b.EndsWith(suffix, StringComparison.Ordinal)) return false;
            _j = _b.Length - suffix.Length;
            return true;
        }

        private void SetTo(string replacement) => _b = _b[.._j] + replacement;

        private bool ReplaceIfMeasured(string suffix, string replacement)
        {
            if (!Ends(suffix)) return false;
            if (Measure() > 0) SetTo(replacement);
            return true;
        }

        public void Step1Ab()
        {
            if (_b.EndsWith('s'))
            {
                if (Ends("sses")) SetTo("ss");
                else if (Ends("ies")) SetTo("i");
                else if (!_b.EndsWith("ss", StringComparison.Ordinal)) _b = _b[..^1];
            }
            if (Ends("eed"))
            {
                if (Measure() > 0) SetTo("ee");
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                _b = _b[.._j];
                if (Ends("at")) SetTo("ate");
                else if (Ends("bl")) SetTo("ble");
                else if (Ends("iz")) SetTo("ize");
                else if (DoubleConsonant(_b.Length) && _b[^1] is not ('l' or 's' or 'z')) _b = _b[..^1];
                else
                {
                    _j = _b.Length;
                    if (Measure() == 1 && Cvc(_b.Length)) _b += "e";
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem()) SetTo("i");
        }

        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous",
            "ive", "ize",
        ];

        public void Step2() => ApplyFirst(Step2Rules);

        public void Step3() => ApplyFirst(Step3Rules);

        private void ApplyFirst((string Suffix, string Replacement)[] rules)
        {
            // The longest matching suffix decides, as in the original's switch on the penultimate letter.
            foreach (var (suffix, replacement) in rules.OrderByDescending(r => r.Suffix.Length))
                if (ReplaceIfMeasured(suffix, replacement)) return;
        }

        public void Step4()
        {
            foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
            {
                if (!Ends(suffix)) continue;
                if (Measure() > 1) _b = _b[.._j];
                return;
            }
            if (Ends("ion") && _j > 0 && _b[_j - 1] is 's' or 't' && Measure() > 1) _b = _b[.._j];
        }

        public void Step5()
        {
            if (Ends("e"))
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(_j))) _b = _b[.._j];
            }
            _j = _b.Length;
            if (_b.EndsWith("ll", StringComparison.Ordinal) && Measure() > 1) _b = _b[..^1];
        }
    }
}
