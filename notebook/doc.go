// Package notebook keeps what is a reporter's own, apart from the dataset
// files they share with colleagues: the stars and private notes they put
// on events, and the copy of the bundled dataset their first edit makes.
// It lives under $XDG_DATA_HOME/timeline (by default
// ~/.local/share/timeline), in files only the user can read.
//
// Stars and notes are not written into the dataset: a data file is
// shared (in a team folder, in git, by mail), and a note such as "source
// wants to stay anonymous, call back Tuesday" must not travel with it.
// Tags are different: they are the event's own "tags" field, shared with
// the file, and are edited as any other field (model.Draft.ChangeEvent).
//
// Each dataset's annotations are a sidecar file, named after the data
// file's absolute path (symbolic links resolved), so that two datasets
// with the same name in different folders keep apart, and a dataset that
// is moved loses its annotations (they stay in the sidecar of its old
// path). Annotations are keyed by event id: an event removed and brought
// back by undo finds its note again.
package notebook
