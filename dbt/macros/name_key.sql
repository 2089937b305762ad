{#-
    The matching key of a source or place name: the SQL twin of akhbar.names.name_key, step for
    step (tests/test_name_key.py runs both on the same names and compares):
    lower case; Arabic letter variants folded as in akhbar.shadow (أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
    ؤ ئ -> ء); diacritics and tatweel dropped; the two spellings of "American" made one
    (أميركي = أمريكي); punctuation, quotes and brackets -> blank; blanks collapsed; a leading
    generic head (وكالة، صحيفة، جريدة، قناة، موقع، منصة، شبكة، the) dropped.
-#}
{% macro name_key(column) -%}
    {%- set steps = [
        ('[أإآٱ]', 'ا'),
        ('ى', 'ي'),
        ('ة', 'ه'),
        ('[ؤئ]', 'ء'),
        ('[\\x{064B}-\\x{065F}\\x{0670}\\x{0640}]', ''),
        ('اميرك', 'امريك'),
        ('[^\\p{L}\\p{N}\\s]', ' '),
        ('\\s+', ' '),
        ('^ | $', ''),
        ('^(?:وكاله|صحيفه|جريده|قناه|موقع|منصه|شبكه|the) ', ''),
    ] -%}
    {%- set ns = namespace(sql='lower(' ~ column ~ ')') -%}
    {%- for pattern, replacement in steps -%}
        {%- set ns.sql = "regexp_replace(" ~ ns.sql ~ ", '" ~ pattern ~ "', '" ~ replacement ~ "', 'g')" -%}
    {%- endfor -%}
    {{ ns.sql }}
{%- endmacro %}
