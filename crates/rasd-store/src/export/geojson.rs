//! GeoJSON (RFC 7946): a FeatureCollection of Point features, coordinates [lon, lat], with
//! the event's fields flat in `properties` (map tools show flat properties best).

use std::io::Write;

use serde_json::{Map, Value, json};

use crate::{Result, StoredEvent};

/// The Feature for a located event; `None` without a location.
pub fn geojson_feature(e: &StoredEvent) -> Option<Value> {
    let ev = &e.event;
    let p = ev.location.as_ref()?;
    let mut props = Map::new();
    let mut put = |k: &str, v: Value| {
        props.insert(k.to_string(), v);
    };
    put("id", json!(ev.id));
    put("type", json!(ev.event_type.code()));
    put(
        "acled_event_type",
        json!(ev.event_type.acled().map(|a| a.0)),
    );
    put(
        "acled_sub_event_type",
        json!(ev.event_type.acled().map(|a| a.1)),
    );
    put("plover", json!(ev.event_type.plover()));
    put("actor1", json!(ev.actor1));
    put("assoc_actors", json!(ev.assoc_actors));
    put("target", json!(ev.target));
    put("place", json!(p.name));
    put("place_ar", json!(p.name_ar));
    put("admin1", json!(p.admin1));
    put("admin2", json!(p.admin2));
    put("country", json!(p.country));
    put("geo_precision", json!(p.geo_precision));
    put("date", json!(ev.date.map(|d| d.to_string())));
    put("time_precision", json!(ev.time_precision));
    put("modality", json!(ev.modality.code()));
    put("note", json!(ev.note));
    put("sentence", json!(e.sentence));
    put("quantities", json!(ev.quantities));
    put("fatalities", json!(ev.fatalities()));
    put("incident_id", json!(e.incident_id));
    put("incident_articles", json!(e.incident.articles));
    put("incident_outlets", json!(e.incident.outlets));
    put("article_id", json!(e.article_id));
    put("article_title", json!(e.article_title));
    put("outlet", json!(e.outlet));
    put("url", json!(e.url));
    put("published", json!(e.published.map(|d| d.to_string())));
    Some(json!({
        "type": "Feature",
        "id": ev.id,
        "geometry": { "type": "Point", "coordinates": [p.lon, p.lat] },
        "properties": props,
    }))
}

/// Streams a FeatureCollection: opening on `new`, one Feature per `write`, closing on
/// `finish` (without `finish` the document is incomplete).
pub struct GeoJsonWriter<W: Write> {
    w: W,
    first: bool,
}

impl<W: Write> GeoJsonWriter<W> {
    pub fn new(mut w: W) -> Result<Self> {
        w.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
        Ok(GeoJsonWriter { w, first: true })
    }

    /// Writes the event's Feature; false (nothing written) if it has no location.
    pub fn write(&mut self, e: &StoredEvent) -> Result<bool> {
        let Some(f) = geojson_feature(e) else {
            return Ok(false);
        };
        if !self.first {
            self.w.write_all(b",\n")?;
        }
        self.first = false;
        serde_json::to_writer(&mut self.w, &f)?;
        Ok(true)
    }

    pub fn finish(mut self) -> Result<W> {
        self.w.write_all(b"\n]}\n")?;
        self.w.flush()?;
        Ok(self.w)
    }
}
