package main

import (
	"fmt"
	"os"
	"time"

	"timeline/data"
	"timeline/model"
)

func main() {
	t0 := time.Now()
	ds, _, err := data.Load(os.Args[1])
	if err != nil {
		panic(err)
	}
	t1 := time.Now()
	ix := model.NewSearchIndex(ds)
	t2 := time.Now()
	q, _ := model.ParseQuery(os.Args[2])
	r := ix.Filter(q)
	t3 := time.Now()
	r2 := q.Filter(ds)
	t4 := time.Now()
	fmt.Println("load", t1.Sub(t0), "index", t2.Sub(t1), "filter", t3.Sub(t2), len(r), "noindex", t4.Sub(t3), len(r2), "textbytes", ix.TextBytes())
}
