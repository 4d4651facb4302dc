/**
 * The page's only script, the same text in the single-file brief (allowed by its hash) and the
 * served pages (allowed by a nonce). It uses no library and sends no request of its own; only a
 * served page that names an events URL (data-events on <body>) listens for new versions of its
 * story and swaps in the new <main> from the same address.
 *
 * A citation is a link with data-article, data-start and data-end. Clicking it opens the reader
 * panel on that article's text (the JSON in #article-texts), with the cited characters wrapped
 * in <mark> and the article's non-body ranges (`hidden`) left out, except where they overlap the
 * span: the mark always holds exactly text.slice(start, end). Escape or the close button closes
 * the panel and puts the focus back on the citation.
 */
export const PAGE_SCRIPT = `(function(){
var panel=document.getElementById("reader");
var opener=null;
function texts(){var el=document.getElementById("article-texts");try{return el?JSON.parse(el.textContent):{}}catch(e){return {}}}
function addVisible(body,x,from,to,cuts){var p=from;for(var i=0;i<cuts.length;i++){var c=cuts[i];if(c[1]<=p||c[0]>=to)continue;if(c[0]>p)body.appendChild(document.createTextNode(x.slice(p,c[0])));p=Math.max(p,c[1]);}if(p<to)body.appendChild(document.createTextNode(x.slice(p,to)));}
function open(a){
var art=texts()[a.getAttribute("data-article")];if(!art||!panel)return false;
var s=+a.getAttribute("data-start"),t=+a.getAttribute("data-end"),x=art.text;
var cuts=(art.hidden||[]).filter(function(c){return c[1]<=s||c[0]>=t;});
document.getElementById("reader-title").textContent=art.title;
document.getElementById("reader-meta").textContent=[art.outlet,art.author?"by "+art.author:"",art.published||"undated"].filter(Boolean).join(" · ");
var body=document.getElementById("reader-text");body.textContent="";
addVisible(body,x,0,s,cuts);
var m=document.createElement("mark");m.textContent=x.slice(s,t);body.appendChild(m);
addVisible(body,x,t,x.length,cuts);
opener=a;panel.hidden=false;panel.focus({preventScroll:true});
var top=m.offsetTop-panel.clientHeight/3;panel.scrollTop=top>0?top:0;
return true;}
function close(){if(!panel||panel.hidden)return;panel.hidden=true;if(opener&&document.contains(opener))opener.focus();opener=null;}
document.addEventListener("click",function(e){
var t=e.target;if(!t||!t.closest)return;
if(t.closest("#reader-close")){e.preventDefault();close();return;}
var a=t.closest("a.cite");if(a&&open(a))e.preventDefault();});
document.addEventListener("keydown",function(e){if(e.key==="Escape")close();});
var events=document.body.getAttribute("data-events");
if(events&&window.EventSource){
var source=new EventSource(events);
source.addEventListener("brief",function(){
fetch(location.pathname+"?fragment=1",{headers:{accept:"text/html"}}).then(function(r){return r.ok?r.text():null;}).then(function(html){
if(!html)return;var fresh=new DOMParser().parseFromString(html,"text/html").querySelector("main");var now=document.querySelector("main");
if(fresh&&now)now.replaceWith(document.importNode(fresh,true));}).catch(function(){});});}
})();`;
