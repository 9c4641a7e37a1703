{#- A short deterministic key from its parts (nulls become ''), the SQL twin of records.stable_id's role. -#}
{% macro mb_id() -%}
    substr(md5(concat_ws('|', {%- for part in varargs %} coalesce(cast({{ part }} as varchar), ''){% if not loop.last %},{% endif %}{%- endfor %})), 1, 16)
{%- endmacro %}
