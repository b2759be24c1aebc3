//! One HTML parse for both trees the HTML reader needs: html5ever builds dom_query's
//! document (the one dom_smoothie reads, parsed as dom_smoothie parses it), and rasd's own
//! readers (metadata, boilerplate filters, the fallback) get a copy of it as a scraper
//! [`Html`], built by walking that tree rather than by parsing the page a second time.
//!
//! The copy is what `Html::parse_document` builds, with two differences that come from
//! dom_query's parser options: `<noscript>` content is markup (elements), not raw text,
//! and no parse errors are kept. Template contents become the template's children, as
//! scraper has them.

use dom_query::{Document, NodeData, NodeId};
use ego_tree::{NodeId as TreeId, Tree};
use scraper::node::{Comment, Doctype, Element, ProcessingInstruction, Text};
use scraper::{Html, Node};

/// Parses `html` once: dom_query's document and scraper's copy of it.
pub fn parse(html: &str) -> (Document, Html) {
    let doc = Document::from(html);
    let copy = to_scraper(&doc);
    (doc, copy)
}

/// scraper's copy of a dom_query document (iterative: any depth, no recursion).
pub fn to_scraper(doc: &Document) -> Html {
    let tree = &doc.tree;
    let mut out: Tree<Node> = Tree::with_capacity(Node::Document, tree.len());
    let root = tree.root().id;
    // (dom_query node whose children are copied, scraper node they go under).
    let mut stack: Vec<(NodeId, TreeId)> = vec![(root, out.root().id())];
    let mut children: Vec<NodeId> = Vec::new();
    while let Some((from, to)) = stack.pop() {
        children.clear();
        let mut next = tree.query_node(&from, |n| n.first_child).flatten();
        while let Some(id) = next {
            children.push(id);
            next = tree.query_node(&id, |n| n.next_sibling).flatten();
        }
        for &child in &children {
            let Some((node, template)) = tree.query_node(&child, |n| copy_node(&n.data)).flatten()
            else {
                continue;
            };
            let Some(mut parent) = out.get_mut(to) else {
                continue;
            };
            let id = parent.append(node).id();
            // A template's contents sit in their own fragment; scraper has them as children.
            stack.push((template.unwrap_or(child), id));
        }
        // Children are copied in order; their subtrees are visited later, in any order.
    }
    let mut html = Html::new_document();
    html.tree = out;
    html.quirks_mode = doc.quirks_mode.get();
    html
}

/// scraper's node for a dom_query node, and where a template's contents are. `None` for
/// nodes that have no place below the document (a second document root).
fn copy_node(data: &NodeData) -> Option<(Node, Option<NodeId>)> {
    let node = match data {
        NodeData::Document | NodeData::Fragment => return None,
        NodeData::Doctype {
            name,
            public_id,
            system_id,
        } => Node::Doctype(Doctype {
            name: name.clone(),
            public_id: public_id.clone(),
            system_id: system_id.clone(),
        }),
        NodeData::Text { contents } => Node::Text(Text {
            text: contents.clone(),
        }),
        NodeData::Comment { contents } => Node::Comment(Comment {
            comment: contents.clone(),
        }),
        NodeData::Element(e) => {
            let element = Element::new(e.name.clone(), e.attrs.clone());
            return Some((Node::Element(element), e.template_contents));
        }
        NodeData::ProcessingInstruction { target, contents } => {
            Node::ProcessingInstruction(ProcessingInstruction {
                target: target.clone(),
                data: contents.clone(),
            })
        }
    };
    Some((node, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree as text: names, sorted attributes and texts, in document order.
    fn dump(html: &Html) -> String {
        let mut out = String::new();
        for edge in html.tree.root().traverse() {
            match edge {
                ego_tree::iter::Edge::Open(n) => match n.value() {
                    Node::Element(e) => {
                        out.push('<');
                        out.push_str(e.name());
                        let mut attrs: Vec<_> = e.attrs().collect();
                        attrs.sort();
                        for (k, v) in attrs {
                            out.push_str(&format!(" {k}={v:?}"));
                        }
                        out.push('>');
                    }
                    Node::Text(t) => out.push_str(&format!("{:?}", &**t)),
                    Node::Comment(c) => out.push_str(&format!("<!--{}-->", &**c)),
                    Node::Doctype(d) => out.push_str(&format!("<!DOCTYPE {}>", d.name())),
                    _ => {}
                },
                ego_tree::iter::Edge::Close(n) => {
                    if let Node::Element(e) = n.value() {
                        out.push_str(&format!("</{}>", e.name()));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn the_copy_is_what_scraper_parses() {
        for page in [
            "<!DOCTYPE html><html lang=ar><head><title>t &amp; u</title><meta charset=utf-8>\
             <script type=application/ld+json>{\"a\":1}</script><style>p{}</style></head>\
             <body><!-- c --><p class='x y' id=z>one<b>two</b>three<br>four<p>five\
             <table><tr><td>six</table><template><p>seven</p></template>\
             <svg><path d=M0/></svg><ul><li>a<li>b</ul></body></html>",
            "no markup at all",
            "<p>unclosed <div>nested <span>deep",
            "<html><body><p>a</p></body></html><p>after the end",
            "<frameset><frame src=a></frameset>",
            "<select><option>a<option>b</select><textarea><p>raw</textarea>",
        ] {
            let (_, copy) = parse(page);
            assert_eq!(dump(&copy), dump(&Html::parse_document(page)), "{page}");
        }
    }

    #[test]
    fn noscript_content_is_markup_in_the_copy() {
        let page = "<body><noscript><img src=a.png><p>enable scripts</p></noscript></body>";
        let (_, copy) = parse(page);
        assert!(dump(&copy).contains("<noscript><img src=\"a.png\"></img><p>"));
    }

    #[test]
    fn deep_nesting_costs_no_stack() {
        // html5ever takes quadratic time on such nesting: 10,000 levels, as in tests/html.rs.
        let page = "<div>".repeat(10_000);
        let (_, copy) = parse(&page);
        assert!(copy.tree.nodes().count() > 10_000);
    }
}
