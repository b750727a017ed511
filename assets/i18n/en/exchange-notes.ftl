# what imports, exports, shares and merges say: the notes of an import
# report, the problems of a GraphML or CSV file, the notes a merge writes

## reading a file to import
import-not-a-map = the items read could not be made into a map: { $problem }
import-untitled = Imported map
import-too-large = { $path }: the file is larger than { $megabytes } MB, the most Powermap reads
import-unreadable = { $path }: cannot read it: { $problem }
import-not-utf8 = { $path }: this is not UTF-8 text (byte { $byte }); { $advice }
csv-save-as-utf8 = save it from the spreadsheet as CSV UTF-8
graphml-save-as-utf8 = save it again as UTF-8 (yEd and Gephi write UTF-8 unless told otherwise)

## CSV
# the id of a row without one, until it joins a map
csv-row-line = line { $line }
csv-the-column = the { $column } column
csv-no-relations-file = no { $name } beside it: no relations imported
csv-quote-never-closed = the quote that opens a cell on line { $line } is never closed, so the rest of the file (lines { $line } to { $last }) would be one cell; close it with " or remove it
csv-text-after-quote = the quoted cell that starts on line { $open } closes on line { $close } with more text after its closing quote

## strengths on another tool's scale
import-strength-same = { $source } is { $value } for every relation: it tells no strength, so strengths are medium unless the file gives them
import-strength-as-is = { $source } is read as strength: { $low } to { $high } are strengths as they are
import-strength-scaled = { $source } is read as strength: values from { $min } to { $max } are scaled onto strengths { $low } to { $high } (weak to strong), each to the nearest

## GraphML
graphml-edges-weight = the edges' weight
graphml-unknown-field = Powermap has no field “{ $name }”; its values are kept as a line of the { $owners ->
        [stakeholders] stakeholders'
       *[relations] relations'
    } notes
graphml-undeclared-key = the key “{ $key }” is used but never declared with <key>; it is read by that name
graphml-unnamed-node = node “{ $id }” has no label or name that Powermap can read; it is named by its id
graphml-drawing-left-out = drawing attributes are left out ({ $names }): Powermap draws by kind, stance, power and strength
graphml-node-without-id = a node without an id is left out: edges could not name it
graphml-node-id-again = node id “{ $id }” is used again here; this second node is left out
graphml-yed-drawing = yEd's shapes, colours, fonts and edge paths are left out: Powermap draws each stakeholder by its kind and stance
graphml-gephi-drawing = Gephi's colours and sizes (viz) are left out: Powermap draws each stakeholder by its kind and stance
graphml-node-bad-value = node “{ $name }”: { $problem }; the value is kept in its notes
graphml-edge-without-end = an edge without a { $end ->
        [source] source
       *[target] target
    } is left out
graphml-edge-end-unknown = an edge is left out: its { $end ->
        [source] source
       *[target] target
    } “{ $id }” is not a node of the file that could be read
graphml-edge-to-itself = an edge from node “{ $id }” to itself is left out: a relation joins two stakeholders
graphml-edge-bad-value = the edge from “{ $from }” to “{ $to }”: { $problem }; the value is kept in its note
graphml-second-root = a second top-level element starts here; a GraphML file has one <graphml> element
graphml-unreadable-text = the text here cannot be read: { $problem }
graphml-unknown-entity = the entity &{ $name }; is not one XML knows; it is kept as written
graphml-not-a-character = &{ $name }; is not a character Unicode has
graphml-ends-early = the file ends before <{ $name }>, opened on line { $line }, is closed
graphml-no-root = it holds no <graphml> element
graphml-text-outside = there is text outside the <graphml> element
graphml-bad-attribute = an attribute of this element cannot be read: { $problem }
graphml-bad-attribute-value = the value of { $name }="…" cannot be read: { $problem }
graphml-gexf-root = it starts with <{ $name }>, not <graphml>; this is a GEXF file: in Gephi, choose File → Export → Graph file… and GraphML
graphml-other-root = it starts with <{ $name }>, not <graphml>
graphml-hyperedge = a hyperedge (an edge joining more than two nodes) is left out: a Powermap relation joins two stakeholders
graphml-port = a port of node “{ $id }” is left out: edges to it join the node itself
graphml-locator = node “{ $id }” points to a graph in another file (<locator>); that graph is not read
graphml-unknown-element = <{ $name }> is not part of GraphML as Powermap reads it; it is left out
graphml-nested-in-node = node “{ $id }” holds a nested graph (a yEd group): its nodes are read as stakeholders beside the others, and the grouping is left out
graphml-nested-in-edge = an edge holds a nested graph: its nodes are read as stakeholders beside the others
graphml-several-graphs = the file holds more than one graph; all are read into one map
graphml-value-too-long = a value of “{ $name }” is longer than { $megabytes } MB; it is left out

## XML that is not well formed
xml-mismatched-end = </{ $found }> here closes <{ $expected }>, which is the element still open; a tag is missing or misspelt
xml-unmatched-end = </{ $name }> here closes an element that was never opened
xml-unclosed-reference = an & starts a reference that never ends with ; (write a plain & as &amp;)
xml-unclosed-tag = a tag that starts with < here is never closed with >
xml-unclosed-comment = a comment that starts with <!-- here is never closed with -->
xml-unclosed-cdata = a <![CDATA[ section here is never closed with ]]>
xml-unclosed-attribute = an attribute value that starts with a quote here is never closed
xml-not-well-formed = this is not well-formed XML ({ $problem })

## the copy for sharing
share-target-is-source = “{ $path }” is the map the copy is made from; the copy for sharing would replace it and its confidential notes. Nothing was written: name another file for the copy
share-target-holds-confidential = “{ $path }” holds confidential notes ({ $whose }) that the copy for sharing leaves out; writing over it would lose them. Nothing was written: name another file for the copy
share-unreadable-file = in a file this Powermap cannot read
# the name an individual gets in the copy
share-individual = Individual { $number } ({ $role })

## the notes a merge writes into the map
merge-conflicts-note = Merge conflicts ({ $count }), each also noted on its item; the stakeholders concerned are tagged { $tag }:
merge-conflict-note = Merge conflict: { $conflict }.
merge-no-such-member = no such member

## the difference between two versions
diff-contact = contact of { $date } ({ $how }, { $on })

## what a merge or a share refuses (which valid maps never give)
share-not-made = the copy for sharing could not be made: { $problem }
merge-unreadable-item = a merged item cannot be read back: { $problem }
merge-invalid-map = the merged map is not valid: { $problem }

## the window's own errors: a file chosen to merge or compare, a picture, recovered work
chosen-map-unreadable = Could not read { $path }: { $problem }
picture-no-table = the table has no picture; pictures are of the network, the power/interest grid and the spectrum of allies
picture-bad-size = a picture of { $width }×{ $height } pixels cannot be made; each side must be from { $low } to { $high } pixels
picture-png-failed = the PNG could not be made: { $problem }
recovery-gone = that recovered work is no longer there
recovery-unreadable = the recovered work could not be read: { $problem }
recovery-not-deleted = could not delete { $path }: { $problem }

## pasting stakeholders
paste-not-a-clip = the clipboard holds no Powermap stakeholders
paste-too-large = the clipboard text is too long to paste ({ $megabytes } MB)
paste-unreadable = the clipboard's stakeholders cannot be read: line { $line }, column { $column }: { $problem }
