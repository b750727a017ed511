# ce que disent les imports, exports, partages et fusions : les notes d'un
# rapport d'import, les problèmes d'un fichier GraphML ou CSV, les notes
# qu'une fusion écrit

## lecture d'un fichier à importer
import-not-a-map = les éléments lus n'ont pas pu former une carte : { $problem }
import-untitled = Carte importée
import-too-large = { $path } : le fichier dépasse { $megabytes } Mo, le maximum que Powermap lit
import-unreadable = { $path } : impossible de le lire : { $problem }
import-not-utf8 = { $path } : ce n'est pas du texte UTF-8 (octet { $byte }) ; { $advice }
csv-save-as-utf8 = enregistrez-le depuis le tableur au format CSV UTF-8
graphml-save-as-utf8 = enregistrez-le à nouveau en UTF-8 (yEd et Gephi écrivent en UTF-8 sauf réglage contraire)

## CSV
# l'identifiant d'une ligne qui n'en a pas, jusqu'à ce qu'elle rejoigne une carte
csv-row-line = ligne { $line }
csv-the-column = la colonne { $column }
csv-no-relations-file = pas de { $name } à côté : aucune relation importée
csv-quote-never-closed = le guillemet qui ouvre une cellule à la ligne { $line } n'est jamais fermé : tout le reste du fichier (lignes { $line } à { $last }) formerait une seule cellule ; fermez-le avec " ou supprimez-le
csv-text-after-quote = la cellule entre guillemets qui commence à la ligne { $open } se ferme à la ligne { $close } avec du texte après son guillemet fermant

## forces sur l'échelle d'un autre outil
import-strength-same = { $source } vaut { $value } pour toutes les relations : elle n'indique aucune force, les forces sont donc moyennes sauf si le fichier les donne
import-strength-as-is = { $source } est lue comme la force : les valeurs de { $low } à { $high } sont des forces telles quelles
import-strength-scaled = { $source } est lue comme la force : les valeurs de { $min } à { $max } sont ramenées aux forces { $low } à { $high } (de faible à forte), chacune à la plus proche

## GraphML
graphml-edges-weight = le poids des arêtes
graphml-unknown-field = Powermap n'a pas de champ « { $name } » ; ses valeurs sont gardées comme une ligne des notes { $owners ->
        [stakeholders] des parties prenantes
       *[relations] des relations
    }
graphml-undeclared-key = la clé « { $key } » est utilisée mais jamais déclarée avec <key> ; elle est lue sous ce nom
graphml-unnamed-node = le nœud « { $id } » n'a ni libellé ni nom que Powermap sache lire ; il prend son identifiant pour nom
graphml-drawing-left-out = les attributs de dessin sont laissés de côté ({ $names }) : Powermap dessine selon le type, la position, le pouvoir et la force
graphml-node-without-id = un nœud sans identifiant est laissé de côté : aucune arête ne pourrait le désigner
graphml-node-id-again = l'identifiant de nœud « { $id } » est de nouveau utilisé ici ; ce second nœud est laissé de côté
graphml-yed-drawing = les formes, couleurs, polices et tracés d'arêtes de yEd sont laissés de côté : Powermap dessine chaque partie prenante selon son type et sa position
graphml-gephi-drawing = les couleurs et tailles de Gephi (viz) sont laissées de côté : Powermap dessine chaque partie prenante selon son type et sa position
graphml-node-bad-value = nœud « { $name } » : { $problem } ; la valeur est gardée dans ses notes
graphml-edge-without-end = une arête sans { $end ->
        [source] source
       *[target] cible
    } est laissée de côté
graphml-edge-end-unknown = une arête est laissée de côté : sa { $end ->
        [source] source
       *[target] cible
    } « { $id } » n'est pas un nœud du fichier qui ait pu être lu
graphml-edge-to-itself = une arête du nœud « { $id } » vers lui-même est laissée de côté : une relation relie deux parties prenantes
graphml-edge-bad-value = l'arête de « { $from } » à « { $to } » : { $problem } ; la valeur est gardée dans sa note
graphml-second-root = un second élément de premier niveau commence ici ; un fichier GraphML n'a qu'un élément <graphml>
graphml-unreadable-text = le texte ici ne peut pas être lu : { $problem }
graphml-unknown-entity = l'entité &{ $name }; n'est pas connue de XML ; elle est gardée telle quelle
graphml-not-a-character = &{ $name }; n'est pas un caractère Unicode
graphml-ends-early = le fichier se termine avant que <{ $name }>, ouvert à la ligne { $line }, soit fermé
graphml-no-root = il ne contient aucun élément <graphml>
graphml-text-outside = il y a du texte en dehors de l'élément <graphml>
graphml-bad-attribute = un attribut de cet élément ne peut pas être lu : { $problem }
graphml-bad-attribute-value = la valeur de { $name }="…" ne peut pas être lue : { $problem }
graphml-gexf-root = il commence par <{ $name }>, pas par <graphml> ; c'est un fichier GEXF : dans Gephi, choisissez Fichier → Exporter → Fichier de graphe… puis GraphML
graphml-other-root = il commence par <{ $name }>, pas par <graphml>
graphml-hyperedge = une hyperarête (une arête qui relie plus de deux nœuds) est laissée de côté : une relation Powermap relie deux parties prenantes
graphml-port = un port du nœud « { $id } » est laissé de côté : les arêtes qui y mènent rejoignent le nœud lui-même
graphml-locator = le nœud « { $id } » renvoie à un graphe dans un autre fichier (<locator>) ; ce graphe n'est pas lu
graphml-unknown-element = <{ $name }> ne fait pas partie de GraphML tel que Powermap le lit ; il est laissé de côté
graphml-nested-in-node = le nœud « { $id } » contient un graphe imbriqué (un groupe yEd) : ses nœuds sont lus comme des parties prenantes à côté des autres, et le regroupement est laissé de côté
graphml-nested-in-edge = une arête contient un graphe imbriqué : ses nœuds sont lus comme des parties prenantes à côté des autres
graphml-several-graphs = le fichier contient plus d'un graphe ; tous sont lus dans une seule carte
graphml-value-too-long = une valeur de « { $name } » dépasse { $megabytes } Mo ; elle est laissée de côté

## XML mal formé
xml-mismatched-end = </{ $found }> ferme ici <{ $expected }>, qui est l'élément encore ouvert ; une balise manque ou est mal orthographiée
xml-unmatched-end = </{ $name }> ferme ici un élément qui n'a jamais été ouvert
xml-unclosed-reference = un & commence une référence qui ne se termine jamais par ; (écrivez un & seul sous la forme &amp;)
xml-unclosed-tag = une balise qui commence par < ici n'est jamais fermée par >
xml-unclosed-comment = un commentaire qui commence par <!-- ici n'est jamais fermé par -->
xml-unclosed-cdata = une section <![CDATA[ ici n'est jamais fermée par ]]>
xml-unclosed-attribute = une valeur d'attribut qui commence par un guillemet ici n'est jamais fermée
xml-not-well-formed = ce n'est pas du XML bien formé ({ $problem })

## la copie à partager
share-target-is-source = « { $path } » est la carte dont la copie est tirée ; la copie à partager la remplacerait, avec ses notes confidentielles. Rien n'a été écrit : choisissez un autre fichier pour la copie
share-target-holds-confidential = « { $path } » contient des notes confidentielles ({ $whose }) que la copie à partager laisse de côté ; l'écraser les ferait perdre. Rien n'a été écrit : choisissez un autre fichier pour la copie
share-unreadable-file = dans un fichier que ce Powermap ne sait pas lire
# le nom que prend une personne dans la copie
share-individual = Personne { $number } ({ $role })

## les notes qu'une fusion écrit dans la carte
merge-conflicts-note = Conflits de fusion ({ $count }), chacun noté aussi sur son élément ; les parties prenantes concernées portent l'étiquette { $tag } :
merge-conflict-note = Conflit de fusion : { $conflict }.
merge-no-such-member = pas de tel membre

## la différence entre deux versions
diff-contact = contact du { $date } ({ $how }, { $on })

## ce que refusent une fusion ou un partage (ce qu'une carte valide ne donne jamais)
share-not-made = la copie à partager n'a pas pu être faite : { $problem }
merge-unreadable-item = un élément fusionné ne peut pas être relu : { $problem }
merge-invalid-map = la carte fusionnée n'est pas valide : { $problem }

## les erreurs propres à la fenêtre : un fichier choisi pour fusionner ou comparer, une image, un travail récupéré
chosen-map-unreadable = Impossible de lire { $path } : { $problem }
picture-no-table = le tableau n'a pas d'image ; les images sont celles du réseau, de la grille pouvoir/intérêt et du spectre des alliés
picture-bad-size = une image de { $width }×{ $height } pixels ne peut pas être faite ; chaque côté doit aller de { $low } à { $high } pixels
picture-png-failed = le PNG n'a pas pu être fait : { $problem }
recovery-gone = ce travail récupéré n'existe plus
recovery-unreadable = le travail récupéré n'a pas pu être lu : { $problem }
recovery-not-deleted = impossible de supprimer { $path } : { $problem }

## coller des parties prenantes
paste-not-a-clip = le presse-papiers ne contient pas de parties prenantes Powermap
paste-too-large = le texte du presse-papiers est trop long pour être collé ({ $megabytes } Mo)
paste-unreadable = les parties prenantes du presse-papiers ne peuvent pas être lues : ligne { $line }, colonne { $column } : { $problem }
