// Package ui is the Bubble Tea interface of timeline: the root model, its
// panes, keys, styles and layout arithmetic.
package ui
