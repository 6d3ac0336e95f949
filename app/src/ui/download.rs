//! Downloads from the page: a text file through a Blob and an object URL,
//! or the charts' canvases as PNG, each through a temporary `<a download>`.
//! A failure is a message in the page's language.

use crate::strings::current as s;

pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| s().download_failed.to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| s().download_failed.to_string())?;
    let clicked = click_download(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    clicked
}

fn click_download(name: &str, href: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(s().download_failed)?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(s().download_failed)?;
    anchor.set_href(href);
    anchor.set_download(name);
    let body = document.body().ok_or(s().download_failed)?;
    body.append_child(&anchor)
        .map_err(|_| s().download_failed)?;
    anchor.click();
    anchor.remove();
    Ok(())
}

pub fn export_pngs() -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(s().download_failed)?;
    let canvases = document
        .query_selector_all(".charts canvas[data-testid]")
        .map_err(|_| s().chart_read_failed)?;
    for i in 0..canvases.length() {
        let Some(canvas) = canvases
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            continue;
        };
        let name = canvas.get_attribute("data-testid").unwrap_or_default();
        let url = canvas
            .to_data_url_with_type("image/png")
            .map_err(|_| s().chart_read_failed)?;
        click_download(&format!("{name}.png"), &url)?;
    }
    Ok(())
}
