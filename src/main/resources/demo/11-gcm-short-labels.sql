-- Short labels of the demo stance options, for the matrix. Idempotent: only options without one get it.
update stance_option o
set short_label = v.short_label
from issue i join process p on p.id = i.process_id,
     (values ('regular-irregular', 'rights', 'Rights for all'),
             ('regular-irregular', 'between', 'In between'),
             ('regular-irregular', 'separation', 'Separation'),
             ('refugee-migrant', 'protection', 'Protection'),
             ('refugee-migrant', 'nuanced', 'Nuanced'),
             ('refugee-migrant', 'strict', 'Strict'),
             ('non-refoulement', 'in-gcm', 'In the GCM'),
             ('non-refoulement', 'prima-facie', 'Prima facie'),
             ('non-refoulement', 'gcr-only', 'Refugees only'),
             ('review-language', 'monitor', 'Monitor'),
             ('review-language', 'track', 'Track'),
             ('objective-2-scope', 'development', 'Development'),
             ('objective-2-scope', '360', '360°'),
             ('climate-driver', 'include', 'Include'),
             ('climate-driver', 'case-by-case', 'Case by case'))
         as v(issue_slug, option_key, short_label)
where p.slug = 'gcm' and i.id = o.issue_id and i.slug = v.issue_slug and o.option_key = v.option_key
  and o.short_label is null;
