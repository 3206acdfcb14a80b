# fish completion for twindoc: commands, options, formats, severities and
# rule ids (from `twindoc rules`, so always those of the installed
# program).  make install puts it in $(fishcompdir) (--with-fishcompdir).

set -l commands check rules extract render status po pot apply

function __twindoc_rule_ids
    twindoc rules 2>/dev/null | string replace -r '\s.*' ''
end

function __twindoc_severity_values
    # --severity=RULE=LEVEL: the rule ids, then the levels after "=".
    set -l tok (commandline -ct | string replace -r '^--severity=' '')
    if string match -q -- '*=*' $tok
        set -l rule (string split -m1 = -- $tok)[1]
        for level in error warning note off
            printf '%s=%s\n' $rule $level
        end
    else
        for id in (__twindoc_rule_ids)
            printf '%s=\n' $id
        end
    end
end

complete -c twindoc -f
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -l help -d 'Display help and exit'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -l version -d 'Display version information and exit'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check Korean translations against the English source'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a rules -d 'List the rules or explain one'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a extract -d 'List the JSON policies and placeholders of a guide'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a render -d 'Fill the placeholders of the policies of a guide'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a status -d 'Show what changed in the English since the translation'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a po -d 'Write a PO catalog of a page and its translation'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a pot -d 'Write the PO template of an English page'
complete -c twindoc -n "not __fish_seen_subcommand_from $commands" -a apply -d 'Rebuild the Korean page from the English one and a catalog'

# check
set -l c "__fish_seen_subcommand_from check"
complete -c twindoc -n $c -F
complete -c twindoc -n $c -s f -l format -x -a 'text json sarif github' -d 'Output format'
complete -c twindoc -n $c -l fail-on -x -a 'error warning note none' -d 'Lowest severity that makes the exit status 1'
complete -c twindoc -n $c -l color -f -a 'auto always never' -d 'Color the output'
complete -c twindoc -n $c -l excerpt -x -a 'auto always never' -d 'Show the source line under each finding'
complete -c twindoc -n $c -l severity -x -a '(__twindoc_severity_values)' -d 'Set the severity of a rule'
complete -c twindoc -n $c -l scope -x -a 'all translation source' -d 'Which findings to report'
complete -c twindoc -n $c -l statistics -d 'Count the findings of each rule'
complete -c twindoc -n $c -l max-bytes -x -d 'Refuse input files larger than N bytes'
complete -c twindoc -n $c -l tree -d 'Compare two folders page by page'
complete -c twindoc -n $c -l list-missing -d 'List the English pages without a translation'
complete -c twindoc -n $c -l shard -x -d 'Check the K-th of N shares of the pages'
complete -c twindoc -n $c -l files-from -r -F -d 'Check only the pages listed in FILE'
complete -c twindoc -n $c -s j -l jobs -x -d 'Check N pages at once'
complete -c twindoc -n $c -l no-learn -d 'Report every finding, learn no convention'
complete -c twindoc -n $c -l config -r -F -d 'Read the configuration from FILE'
complete -c twindoc -n $c -l no-config -d 'Ignore .twindoc.json files'
complete -c twindoc -n $c -l profile -x -a 'commonmark docusaurus starlight hugo mkdocs vitepress mdn' -d 'Documentation system of the pages'
complete -c twindoc -n $c -l print-config -d 'Print the settings in effect and exit'
complete -c twindoc -n $c -l baseline -r -F -d 'Do not report the findings recorded in FILE'
complete -c twindoc -n $c -l write-baseline -r -F -d 'Record the current findings in FILE'
complete -c twindoc -n $c -l fix -d 'Apply the certain fixes'
complete -c twindoc -n $c -l dry-run -d 'With --fix: print the fixes as a diff'
complete -c twindoc -n $c -s h -l help -d 'Display help and exit'

# rules
set -l c "__fish_seen_subcommand_from rules"
complete -c twindoc -n $c -s f -l format -x -a 'text json' -d 'Output format'
complete -c twindoc -n $c -a '(__twindoc_rule_ids)' -d 'Rule'
complete -c twindoc -n $c -s h -l help -d 'Display help and exit'

# extract
set -l c "__fish_seen_subcommand_from extract"
complete -c twindoc -n $c -F
complete -c twindoc -n $c -s f -l format -x -a 'json text' -d 'Output format'
complete -c twindoc -n $c -s h -l help -d 'Display help and exit'

# render
set -l c "__fish_seen_subcommand_from render"
complete -c twindoc -n $c -F
complete -c twindoc -n $c -l set -x -d 'Use VALUE for {NAME}: NAME=VALUE'
complete -c twindoc -n $c -l values -r -F -d 'Read values from a JSON file'
complete -c twindoc -n $c -l lang -x -a 'en ko' -d 'Language of the placeholder descriptions'
complete -c twindoc -n $c -s o -l output -r -a '(__fish_complete_directories)' -d 'Write each policy to DIR/NAME.json'
complete -c twindoc -n $c -s h -l help -d 'Display help and exit'

# status
set -l c "__fish_seen_subcommand_from status"
complete -c twindoc -n $c -F
complete -c twindoc -n $c -s f -l format -x -a 'text json markdown' -d 'Output format'
complete -c twindoc -n $c -l source-key -x -d 'Front matter key naming the English commit'
complete -c twindoc -n $c -l tree -d 'EN_DIR and KO_DIR are folders'
complete -c twindoc -n $c -l update -d 'Record that the Korean pages are up to date'
complete -c twindoc -n $c -s h -l help -d 'Display help and exit'

# po, pot, apply
for cmd in po pot apply
    set -l c "__fish_seen_subcommand_from $cmd"
    complete -c twindoc -n $c -F
    complete -c twindoc -n $c -s o -l output -r -F -d 'Write the output to FILE'
    complete -c twindoc -n $c -s h -l help -d 'Display help and exit'
end
complete -c twindoc -n "__fish_seen_subcommand_from po" -l tree -d 'EN_DIR and KO_DIR are folders'
complete -c twindoc -n "__fish_seen_subcommand_from apply" -l allow-untranslated -d 'Exit 0 even when segments stay untranslated'
